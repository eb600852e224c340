import { OTHER_OCCASION_OPENERS } from "../../lexicons/other-occasion-openers.ts";

/** An opener followed by a word boundary: "Earlier," but not "Earliest". */
const OPENER = new RegExp(
  `^(?:${OTHER_OCCASION_OPENERS.map((opener) => opener.replace(/ /g, "\\s+")).join("|")})\\b`,
);

/**
 * Whether a statement opens by setting itself at another occasion than the one its article tells
 * (`lexicons/other-occasion-openers.ts`): "Earlier on Sunday a smaller quake shook the island",
 * "This time the fire broke out at the Lakeside mill". Such a statement tells another happening
 * of the same kind — another quake, another fire — with the same words as the story's main one.
 */
export function tellsOtherOccasion(text: string): boolean {
  return OPENER.test(text.trimStart());
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The broad reading's inputs with the statements of another occasion (`tellsOtherOccasion`) left
 * out of the article-wide readings: such a statement is no part of the happening its article's
 * lead tells (its triggers count for no lead event), and naming nobody it is not taken to be about
 * its article's protagonist or setting (no key falls back to them). It still joins an event of
 * its own words and names. Statements are read once each: linear.
 */
export function otherOccasions(units: readonly { text: string }[]): {
  apart: readonly boolean[];
  leadTriggers: (triggersOf: readonly Set<string>[]) => readonly ReadonlySet<string>[];
} {
  const apart = units.map((unit) => tellsOtherOccasion(unit.text));
  return {
    apart,
    leadTriggers: (triggersOf) =>
      apart.some(Boolean) ? triggersOf.map((t, i) => (apart[i] ? NONE : t)) : triggersOf,
  };
}
