import type { ArticleText } from "../../article-text.ts";

/**
 * Where a sentence's clause starts past a dateline: `SALEM, Ore. (Wire) – Roe …` / `HARBOUR CITY —
 * Lund …` / `SALEM, Aug. 24 (Wire) — Lund …` (a date may stand in it). A dateline is capitalised words (commas, dots, a parenthesised agency) before a dash at
 * the sentence's start, within 80 characters and before `limit`, and either opens on a word in
 * capitals or holds a parenthesis; `start` when there is none.
 */
export function afterDateline(body: string, start: number, limit: number): number {
  const m = /^\s*\p{Lu}[\p{L}\p{N}.,' ]{1,40}(?:\([^()]{1,20}\))?\s*[–—-]\s+/u.exec(
    body.slice(start, Math.min(limit, start + 80)),
  );
  if (m === null || !/^\s*\p{Lu}{2,}|\(/u.test(m[0])) return start;
  return start + m[0].length;
}

/**
 * The clause start (past a dateline) and end of the sentence a quotation opens in, when at most
 * `reach` characters lead up to it: the sentence-subject sieves read those words one by one, so a
 * run-on sentence stays linear. Null outside a sentence or past the reach.
 */
export function quotationSentence(
  text: ArticleText,
  open: number,
  reach = 400,
): { start: number; end: number } | null {
  const sentence = text.sentenceAt(open);
  if (sentence === undefined) return null;
  const start = afterDateline(text.body, sentence.span.start, open);
  return open - start > reach ? null : { start, end: sentence.span.end };
}
