import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { namedInCommon } from "../named-ids.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";

/**
 * Whether two statements past their articles' leads tell one tally, one side of it told alike and
 * the other not: besides the two figures set against each other, both give one same number of
 * two digits or more that names no year ("Vint is backed by 1,040 delegates, against 39 for Lund" /
 * "520 delegates back Vint, 39 back Lund"), and both name one person or organisation. Background
 * figures are often two facts in one template (another season, another city: guards.ts
 * `backgroundComparable`), but two occasions seldom share an exact figure beside the one that
 * differs: the shared one ties both statements to the same count at the same time.
 */
export const companionNumberShared: FigurePairTest = (a, fa, b, fb, context) => {
  const left = otherNumbers(a, fa);
  if (left.size === 0) return false;
  let shared = false;
  for (const n of otherNumbers(b, fb)) if (left.has(n)) shared = true;
  return shared && namedInCommon(a, b, context.isPlace) > 0;
};

/** A number of two digits or more, its thousands marked or not, not inside a word or a decimal. */
const NUMBER = /(?<![\d.,:/-])\d{1,3}(?:,\d{3})+(?![\d.,]\d)|(?<![\d.,:/-])\d{2,}(?![\d.,]\d)/g;
const YEAR = /^(?:19|20)\d\d$/;

/** The statement's numbers besides its own figure's, and besides its dates' (years, days). */
function otherNumbers(unit: AlignUnit, own: Figure): Set<string> {
  const numbers = new Set<string>();
  const taken = [own.span, ...unit.dates.map((d) => d.span)];
  for (const m of unit.text.matchAll(NUMBER)) {
    const start = unit.span.start + (m.index ?? 0);
    const end = start + m[0].length;
    if (taken.some((s) => s.start < end && start < s.end)) continue;
    const digits = m[0].replace(/,/g, "");
    if (YEAR.test(digits)) continue;
    numbers.add(digits);
  }
  return numbers;
}
