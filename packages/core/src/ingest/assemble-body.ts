import type { Paragraph } from "../schemas/article.ts";
import type { BodyParagraph } from "./read-blocks.ts";

/** Blank line between paragraphs in `body`. */
export const PARAGRAPH_SEPARATOR = "\n\n";

/** Joins paragraphs into the body and records each one's [start, end) offsets in it. */
export function assembleBody(paragraphs: readonly BodyParagraph[]): {
  body: string;
  paragraphs: Paragraph[];
} {
  const spans: Paragraph[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    if (spans.length > 0) offset += PARAGRAPH_SEPARATOR.length;
    spans.push({ start: offset, end: offset + paragraph.text.length, kind: paragraph.kind });
    offset += paragraph.text.length;
  }
  return { body: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR), paragraphs: spans };
}
