import type { AddFigure } from "./counted-nouns.ts";
import { DIGITS_PATTERN, parseNumber, readsAsYear } from "./number-words.ts";
import type { ReadCount } from "./partitive-counts.ts";

/*
 * A bar whose counted noun is left out because a count just before named it: "Vint needs 40
 * delegates to reach the 1,200 needed to win", "Lund is 30 seats short of the magic number of 412
 * required". Unread, the bar is no figure at all, and an outlet giving it another number goes
 * unnoticed (issue 12: on the PolNeAR pseudo-story perturbation's build half, one changed bar was
 * never read for this). Only digits after "the" or "number of" and right before "needed" or
 * "required" are read, with the counted noun of the nearest count earlier in the same sentence;
 * with none, the number stays unread.
 */
const ELIDED_NEEDED = new RegExp(
  `\\b(?:[Tt]he|number of) (${DIGITS_PATTERN}) (?=(?:needed|required)\\b)`,
  "g",
);
const SENTENCE_END = /[.!?;]["”’)]?\s/;

/** Reads each such bar, given the counts read before it. */
export function readNeededCounts(
  body: string,
  earlier: readonly ReadCount[],
  add: AddFigure,
): void {
  for (const m of body.matchAll(ELIDED_NEEDED)) {
    const digits = m[1] ?? "";
    const value = parseNumber(digits);
    if (!(value >= 2) || readsAsYear(digits, value)) continue;
    const start = (m.index ?? 0) + m[0].length - digits.length - 1;
    let antecedent: ReadCount | undefined;
    for (const f of earlier)
      if (
        f.kind === "count" &&
        f.end <= start &&
        (antecedent === undefined || f.end > antecedent.end)
      )
        antecedent = f;
    if (antecedent === undefined || antecedent.measure === null) continue;
    if (SENTENCE_END.test(body.slice(antecedent.end, start))) continue;
    add(start, start + digits.length, "count", value, null, antecedent.unit, antecedent.measure);
  }
}
