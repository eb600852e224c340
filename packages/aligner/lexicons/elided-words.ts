/**
 * English words written with their first letters elided and an apostrophe in their place
 * ("’bout", "’em", "’til", "rock ’n’ roll"), lowercase and without the mark. Typed with an opening
 * single quote (‘bout), the mark is no quotation: quote-mark-styles.ts opens none there. Source:
 * common informal and dialect elisions, written by hand; each is a clipped word, not a word that
 * also stands whole ("round", "cause", "fore" and "specially" are left out: ‘cause’ or ‘round
 * two’ may well be quoted words).
 */
export const ELIDED_WORDS: ReadonlySet<string> = new Set(
  (
    "bout em til n nother nuff tis twas twere twill cept gainst mongst neath " +
    "cos cuz coz kay sup"
  ).split(" "),
);
