import type { Article } from "@parallax/core";

export type ParagraphRange = { start: number; end: number };

/**
 * The article's paragraphs as offsets into its body. Ingestion supplies them; a body without them
 * (hand-built input) is cut at blank lines, and any single newline left inside a paragraph still
 * ends a sentence (see sentences.ts).
 */
export function paragraphRanges(article: Pick<Article, "body" | "paragraphs">): ParagraphRange[] {
  const { body } = article;
  const given = article.paragraphs
    .filter((p) => p.start < p.end && p.end <= body.length)
    .map((p) => ({ start: p.start, end: p.end }))
    .sort((a, b) => a.start - b.start);
  if (given.length > 0) return given;
  const ranges: ParagraphRange[] = [];
  const blank = /\n[ \t]*\n/g;
  let start = 0;
  for (let m = blank.exec(body); m !== null; m = blank.exec(body)) {
    pushTrimmed(body, start, m.index, ranges);
    start = m.index + m[0].length;
  }
  pushTrimmed(body, start, body.length, ranges);
  return ranges;
}

function pushTrimmed(body: string, start: number, end: number, out: ParagraphRange[]): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s += 1;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e -= 1;
  if (e > s) out.push({ start: s, end: e });
}

export function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160 || code === 0x3000;
}
