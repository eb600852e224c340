import { TIME_TO_COME_OPENERS } from "../../../lexicons/title-words.ts";

/* A "former" said of a time to come (issue 12, conflict audit: "especially once Vint is former
 * president Vint" read as an outlet calling the sitting president "former", against every plain
 * "President Vint" of the story). Such a "former" says what the post will be, not that it is left. */

/** The most words a subject may take between the opener and its verb ("once the governor is"). */
const SUBJECT_WORDS = 4;

/**
 * Right before the title: a subordinator of time or condition, a subject of a few words, a present
 * "is" or "becomes" (the present of a future in such clauses) — or a modal future "will be", "would
 * become", "'ll be", "to become", "soon-to-be" — then an article at most.
 */
const TO_COME_BEFORE = new RegExp(
  `(?:\\b(?:${TIME_TO_COME_OPENERS.join("|")})\\s+(?:[\\p{L}.'’-]+\\s+){1,${SUBJECT_WORDS}}?(?:is|becomes)|\\b(?:will|would|shall)\\s+(?:soon\\s+)?(?:be|become)|['’]ll\\s+(?:be|become)|\\bto\\s+become|\\bsoon-to-be)\\s+(?:an?\\s+|the\\s+)?$`,
  "iu",
);

/**
 * Whether a title's status word is said of a time to come, from the words written before the title
 * ("once Vint is " before "former president"; "who will soon be a " before "former senator"). "when
 * former President Vint spoke" has no verb between: its "former" is the outlet's own, and so is
 * one in the past ("when Vint was former governor").
 */
export function formerYetToCome(before: string): boolean {
  return TO_COME_BEFORE.test(before);
}
