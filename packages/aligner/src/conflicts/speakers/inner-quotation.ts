import { contentLemmas } from "../../align/lemmas.ts";

/**
 * A quotation inside a quotation, in single curly marks: “Ada Lund ‘was careless with the
 * harbour funds.’ Not fit!” — the outer speaker quotes someone else's words there, so those
 * words are not credited to the outer speaker.
 */
const INNER = /\u2018([^\u2018\u2019]*(?:\u2019\p{L}[^\u2018\u2019]*)*)\u2019(?!\p{L})/gu;

/** Share of a remark's words that must stand inside one inner quotation of the statement. */
const INSIDE = 0.8;

/**
 * Whether most of a remark's words stand inside a quotation within a quotation of the
 * statement's text: the speaker credited with the outer quotation only repeats them.
 */
export function quotedWithin(text: string, remark: ReadonlySet<string>): boolean {
  if (remark.size === 0 || !text.includes("\u2018")) return false;
  for (const match of text.matchAll(INNER)) {
    const inner = new Set(contentLemmas(match[1] ?? ""));
    let shared = 0;
    for (const lemma of remark) if (inner.has(lemma)) shared += 1;
    if (shared / remark.size >= INSIDE) return true;
  }
  return false;
}
