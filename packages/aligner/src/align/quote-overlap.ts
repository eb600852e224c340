import { perUnit } from "./per-unit.ts";
import type { AlignUnit } from "./units.ts";

/**
 * A statement's quoted lemmas as a set, one per distinct list of them: agency copy and shared quotes
 * repeat one quotation across hundreds of outlets, and scoring sets each copy against the others
 * (~245,000 candidate pairs on a generated 1,000-article story, a few thousand distinct quotations
 * pairs). The overlap of two quotations is kept on the first one, by the second.
 */
type QuoteWords = { set: ReadonlySet<string>; overlaps: Map<QuoteWords, number> };

/** Distinct quotations kept for sharing; then sharing starts over (a long-running server). */
const LIMIT = 20_000;
/** Overlaps kept on one quotation; then its list starts over. */
const OVERLAP_LIMIT = 4_096;

const shared = new Map<string, QuoteWords>();

const quoteWordsOf = perUnit((unit): QuoteWords => {
  const key = unit.quoteLemmas.join("\u0000");
  let words = shared.get(key);
  if (!words) {
    if (shared.size >= LIMIT) shared.clear();
    words = { set: new Set(unit.quoteLemmas), overlaps: new Map() };
    shared.set(key, words);
  }
  return words;
});

/** How many distinct lemmas a statement's quoted words hold. */
export function quoteWordCount(unit: AlignUnit): number {
  return quoteWordsOf(unit).set.size;
}

/** The share of the smaller quotation's distinct lemmas the other quotation holds too (0 without). */
export function quoteOverlap(a: AlignUnit, b: AlignUnit): number {
  const left = quoteWordsOf(a);
  const right = quoteWordsOf(b);
  if (left.set.size === 0 || right.set.size === 0) return 0;
  let overlap = left.overlaps.get(right);
  if (overlap === undefined) {
    let common = 0;
    for (const item of left.set) if (right.set.has(item)) common += 1;
    overlap = common / Math.min(left.set.size, right.set.size);
    if (left.overlaps.size >= OVERLAP_LIMIT) left.overlaps.clear();
    left.overlaps.set(right, overlap);
  }
  return overlap;
}
