/**
 * Words that tie a titled person to an act or a service of the past (issue 12, "former" title
 * conflicts). Source: hand-written from general English usage (nouns of a past membership),
 * lowercase; no dataset text.
 */

/**
 * Nouns of someone who once belonged to a body or a period, written before "of" ("a veteran of
 * Governor …'s administration", "an alumnus of the … campaign"): the membership is of the past, and
 * a title named in it is the post of that time.
 */
export const PAST_MEMBER_NOUNS: readonly string[] = [
  "veteran",
  "veterans",
  "alumnus",
  "alumni",
  "alumna",
  "alumnae",
];
