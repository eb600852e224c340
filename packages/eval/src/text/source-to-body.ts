/**
 * Maps offsets in a dataset's text to offsets in the article `body` that ingestion made of it.
 *
 * Ingestion keeps the body's paragraphs in reading order and only trims, collapses whitespace and
 * drops whole lines (headline, bylines, page chrome). So every body paragraph, with whitespace
 * removed, occurs in the source with whitespace removed, after the previous one: each
 * non-whitespace character of the body is tied to one of the source. Source characters in dropped
 * lines map to nothing.
 */
export type SourceToBody = {
  /** The body span of the source span [start, end), or null when none of it is in the body. */
  span(start: number, end: number): { start: number; end: number } | null;
  /** Body paragraphs that could not be found in the source (0 unless ingestion rewrote text). */
  unmatchedParagraphs: number;
};

export function mapSourceToBody(
  source: string,
  body: string,
  paragraphs: readonly { start: number; end: number }[],
): SourceToBody {
  const sourceChars: number[] = [];
  let squeezedSource = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i] as string;
    if (!/\s/.test(ch)) {
      sourceChars.push(i);
      squeezedSource += ch;
    }
  }
  const toBody = new Int32Array(source.length).fill(-1);
  let cursor = 0;
  let unmatchedParagraphs = 0;
  for (const paragraph of paragraphs) {
    const bodyChars: number[] = [];
    let squeezed = "";
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const ch = body[i] as string;
      if (!/\s/.test(ch)) {
        bodyChars.push(i);
        squeezed += ch;
      }
    }
    if (squeezed === "") continue;
    const at = squeezedSource.indexOf(squeezed, cursor);
    if (at < 0) {
      unmatchedParagraphs++;
      continue;
    }
    for (let k = 0; k < bodyChars.length; k++) {
      toBody[sourceChars[at + k] as number] = bodyChars[k] as number;
    }
    cursor = at + squeezed.length;
  }
  return {
    unmatchedParagraphs,
    span(start, end) {
      let first = -1;
      let last = -1;
      for (let i = Math.max(0, start); i < Math.min(end, source.length); i++) {
        const b = toBody[i] as number;
        if (b < 0) continue;
        if (first < 0) first = b;
        last = b;
      }
      return first < 0 ? null : { start: first, end: last + 1 };
    },
  };
}
