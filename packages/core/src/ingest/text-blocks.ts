import { tidyParagraph } from "./normalize-text.ts";

/** One paragraph-sized piece of a page, in reading order. */
export type TextBlock = {
  text: string;
  /** A blank line (or a block boundary in HTML) separated it from the previous block. */
  blankBefore: boolean;
  /** What the page's markup says it is; plain text has no roles. */
  role?: "heading" | "subheading" | "caption" | "quote" | "list-item";
};

/**
 * Splits normalised plain text into blocks. Web captures put one paragraph on each line, so each
 * line is a block; a line that continues a hard-wrapped sentence (the previous line has no
 * closing punctuation and this one starts in lowercase, with no blank line between) is joined.
 */
export function splitTextBlocks(normalized: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let blankBefore = false;
  for (const rawLine of normalized.split("\n")) {
    const line = tidyParagraph(rawLine);
    if (line === "") {
      blankBefore = true;
      continue;
    }
    const previous = blocks[blocks.length - 1];
    if (
      previous &&
      !blankBefore &&
      previous.text.length >= 40 &&
      !/[.!?:;"”’)\]]$/.test(previous.text) &&
      /^\p{Ll}/u.test(line)
    ) {
      previous.text = `${previous.text} ${line}`;
    } else {
      blocks.push({ text: line, blankBefore });
    }
    blankBefore = false;
  }
  return blocks;
}
