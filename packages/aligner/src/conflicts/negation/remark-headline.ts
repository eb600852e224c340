import { DETERMINERS, NOUN_PHRASE_BREAKS, PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { TELLING_FORMS } from "../../../lexicons/reporting-verbs.ts";
import { perText } from "../../align/per-text.ts";

/*
 * A headline telling what someone said ("Ivo Vint: ‘Of Course’ Ada Roe Is Qualified", "Roe Is
 * Qualified, Vint Says") is compressed and often a later turn of the story — a speaker's new
 * stance — so it is no report of the one assertion another outlet's statement denies or states
 * (issue 12: with the headline's names read whole, a headline of one speaker's later stance met
 * another outlet's report of his earlier, opposite one as a negation conflict). Its article's body
 * tells the remark in full, where a true disagreement is still found.
 */

/** Words a title-case line may leave in lower case: prepositions, articles, "and", "or". */
const LOWER_IN_TITLES: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...DETERMINERS,
  ...NOUN_PHRASE_BREAKS,
]);

/** Fewest words of four letters or more for a line to count as title case. */
const TITLE_WORDS = 3;

/** A quotation mark, a speaker's label ("Vint: …") or a verb of telling ("…, Vint Says"). */
const CREDITS_SOMEONE = new RegExp(`["“”‘’]|^[^:]{1,40}:\\s|\\b(?:${TELLING_FORMS})\\b`, "iu");

/**
 * Whether a statement is a headline crediting someone's words: every word of four letters or more
 * opens with a capital (three at least; prepositions, articles and "and" may stay lower case), and
 * it quotes, labels or names a verb of telling. Read once per text.
 */
export const remarkHeadline = perText((text: string): boolean => {
  if (text.length > 200 || !CREDITS_SOMEONE.test(text)) return false;
  const words = (text.match(/\p{L}[\p{L}’'-]{3,}/gu) ?? []).filter((w) => !LOWER_IN_TITLES.has(w));
  return words.length >= TITLE_WORDS && words.every((w) => /^\p{Lu}/u.test(w));
});
