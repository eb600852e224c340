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

/**
 * Words right after "vote" that make it the vote of some voters or a part of the vote ("vote among
 * women", "vote of evangelicals", "vote cast early", "vote share"), not the whole vote a share of
 * it is won of; prepositions and the two words the contest-margin check met in PolNeAR TRAIN.
 */
export const VOTER_PART_WORDS: readonly string[] = "among of from by with cast share".split(" ");
