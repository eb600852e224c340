import { IngestError } from "./ingest-error.ts";

/** Deeper than any real page; linkedom's parse time grows with the square of nesting depth. */
export const MAX_HTML_NESTING = 2000;
/** More tags than any article page has (heavy pages have tens of thousands); parsing costs ~10 µs each. */
export const MAX_HTML_ELEMENTS = 150_000;
/** A tag longer than this is hostile or an inline data blob; its attributes are dropped. */
const MAX_TAG_LENGTH = 10_000;

/**
 * Stands in for a "<" that starts no tag until the text is read back (see `restoreAngles`).
 * Escaping it as "&lt;" would be correct but the parser makes one text node per entity, and
 * 2 MB of them take minutes. U+FDD0 is a Unicode noncharacter, reserved for internal use.
 */
export const STRAY_ANGLE = "\ufdd0";

/** Puts back the "<" characters `guardHtml` set aside. */
export function restoreAngles(text: string): string {
  return text.includes(STRAY_ANGLE) ? text.replaceAll(STRAY_ANGLE, "<") : text;
}

/** Elements the parser closes by itself or that never hold children: they add no depth. */
const NO_DEPTH = new Set(
  (
    "area base br col embed hr img input link meta param source track wbr keygen " +
    "p li dt dd tr td th option optgroup rp rt thead tbody tfoot colgroup caption html head body"
  ).split(" "),
);

/**
 * Makes raw HTML safe to hand to linkedom and Readability in bounded time, in one linear pass:
 * a "<" that starts no tag is set aside (2 MB of "<" otherwise becomes millions of nodes),
 * oversized tags lose their attributes (linkedom overflows the stack on a huge class list), and
 * nesting beyond MAX_HTML_NESTING is refused.
 */
export function guardHtml(html: string): string {
  const escaped = html.replace(/<(?![A-Za-z!/?])/g, STRAY_ANGLE);
  const trimmedTags = escaped.replace(
    // The lookahead-and-backreference makes the name atomic, so a failed match cannot retry it.
    /<(?=([A-Za-z][\w:-]{0,40}))\1[^<>]{10000,}>/g,
    (tag, name: string) => (tag.length > MAX_TAG_LENGTH ? `<${name}>` : tag),
  );
  const { depth, tags } = estimateNesting(trimmedTags);
  if (tags > MAX_HTML_ELEMENTS) {
    throw new IngestError(
      "INVALID_INPUT",
      `the HTML has ${tags} elements, more than any article page (limit ${MAX_HTML_ELEMENTS}); pass the article's own page, or its text as \`text\`.`,
      { tags, limit: MAX_HTML_ELEMENTS },
    );
  }
  if (depth > MAX_HTML_NESTING) {
    throw new IngestError(
      "INVALID_INPUT",
      `the HTML nests elements about ${depth} levels deep (real pages stay far below ${MAX_HTML_NESTING}); pass the page as a browser saves it, or the article's text as \`text\`.`,
      { depth, limit: MAX_HTML_NESTING },
    );
  }
  return trimmedTags;
}

/** Open-minus-closed element count at its peak (ignoring elements that add no depth), and opening tags seen. */
export function estimateNesting(html: string): { depth: number; tags: number } {
  let depth = 0;
  let peak = 0;
  let tags = 0;
  // [^<>]* stops at the next "<", so an unclosed tag costs one scan, not one per later tag.
  const tag = /<(\/?)([A-Za-z][\w:-]*)[^<>]*?(\/?)>/g;
  for (let match = tag.exec(html); match !== null; match = tag.exec(html)) {
    if (match[1] !== "/") tags++;
    const name = (match[2] ?? "").toLowerCase();
    if (NO_DEPTH.has(name) || match[3] === "/") continue;
    if (match[1] === "/") depth = Math.max(0, depth - 1);
    else if (++depth > peak) peak = depth;
  }
  return { depth: peak, tags };
}
