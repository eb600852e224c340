/**
 * Words that tell a number as a bar to reach rather than a count ("the 1,200 votes needed to win")
 * and words that make it something else (what is still lacking, a bound). Source: the common
 * English adjectives and participles of need and the comparatives of quantity (Quirk et al., A
 * Comprehensive Grammar of the English Language, 1985), as the bar checks (src/conflicts/figures/
 * moods.ts, bar-figures.ts) were written with them (issue 12: vote bars told against tallies);
 * lowercase.
 */

/**
 * Verbs of reaching a bar after "must" or "would" ("a candidate must win 1,200 votes", "either side
 * would need 40 seats"): the base forms moods.ts reads before a bar said of no one.
 */
export const BAR_GOAL_VERBS: readonly string[] =
  "need have win get secure reach collect earn take".split(" ");

/** A participle or adjective of need right after the counted noun: "the 270 votes needed". */
export const NEED_WORDS: readonly string[] = "needed required necessary".split(" ");

/**
 * Comparatives near a figure of need that make it a lack or a bound, not the bar ("40 more votes
 * needed", "fewer than 100 needed"): what a figure told as needed (moods.ts) must not have.
 */
export const BAR_COMPARATIVES: readonly string[] = "than more less fewer".split(" ");

/**
 * Words that make a bar said of no one something else (bar-figures.ts): the comparatives above,
 * and the words of what is still lacking or beside it ("the remaining 300", "another 40", "300
 * short"). Its comparatives are BAR_COMPARATIVES, listed here in the order the check was written.
 */
export const NOT_THE_BAR_WORDS: readonly string[] =
  "more additional another other remaining short fewer less than".split(" ");
