import type { AlignUnit } from "./units.ts";

/**
 * How many times larger one sum of money must be than another for the two to be different sums,
 * not two outlets' estimates of one: reports of one theft or one contract differ by a third or
 * half ("$108 million" / "$160 million"), two thefts or two deals by orders of magnitude. Shared
 * by claim groups (here) and article threads (../events/lead-amounts.ts).
 */
export const FAR_APART = 10;

/** The smallest and largest sum of money a group's statements give; null when they give none. */
export type MoneyRange = { min: number; max: number } | null;

/** The range of the sums of money a statement gives (any currency: far apart is far apart). */
export function moneyRange(unit: AlignUnit): MoneyRange {
  let range: MoneyRange = null;
  for (const figure of unit.figures) {
    if (figure.kind !== "money" || !(figure.value > 0)) continue;
    range = joinMoney(range, { min: figure.value, max: figure.value });
  }
  return range;
}

export function joinMoney(a: MoneyRange, b: MoneyRange): MoneyRange {
  if (a === null) return b;
  if (b === null) return a;
  return { min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

/**
 * Whether two groups give sums of money that are all far apart (every sum of one at least
 * FAR_APART times every sum of the other): two heists or two deals told alike ("jewels worth
 * $90 million were taken" / "jewels worth 2 million euros were taken"), not one fact. A group
 * giving no sum, or sums on both sides of the other's, says nothing. Two outlets' estimates of one
 * sum, and a perturbed figure (doubled), stay well within the factor.
 */
export function moneyApart(a: MoneyRange, b: MoneyRange): boolean {
  if (a === null || b === null) return false;
  return a.max * FAR_APART <= b.min || b.max * FAR_APART <= a.min;
}
