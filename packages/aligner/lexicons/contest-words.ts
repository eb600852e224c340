/**
 * Words of an election contest's result, for reading a result wherever an outlet recalls it ("her
 * 44-point loss in Norland", "Lund won 52 percent of the vote"). Source: the common English nouns
 * and verbs of winning and losing a vote (any thesaurus lists them), as the contest-margin check
 * (src/conflicts/figures/contest-margins.ts) met them in PolNeAR TRAIN; lowercase.
 */

/**
 * The result a margin measures, by its noun: one side's nouns are one result ("loss" and "defeat"
 * pair; a winner's "win" is no runner-up's "loss").
 */
export const CONTEST_RESULT_NOUNS: ReadonlyMap<string, "loss" | "win"> = new Map([
  ["loss", "loss"],
  ["defeat", "loss"],
  ["win", "win"],
  ["victory", "win"],
]);

/**
 * Verb forms that tell a share of the vote won, just before it ("won 52 percent", "carried 48
 * percent"): finite forms only, as they stand in the text.
 */
export const SHARE_WINNING_FORMS: readonly string[] =
  "won wins took takes captured received got garnered carried".split(" ");
