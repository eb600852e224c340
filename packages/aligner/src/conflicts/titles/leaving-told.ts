import { POST_LEAVING_NOUNS, POST_TAKING_VERBS } from "../../../lexicons/title-words.ts";

/* A change of post told as the story's news (issue 12, conflict audit, BUILD half: "the exodus of
 * former campaign manager …" in one outlet against "campaign manager …" in one written the week
 * before; "the decision to fire campaign manager …" against "former campaign manager …"). The title
 * is the post at the moment it is left: a plain title elsewhere may be from before that moment and
 * "former" from after it, two sides of one change, not a disagreement. */

/**
 * Right before the title: "to" and a verb taking the post away, or a noun of leaving and "of",
 * then an article, a status word or the title's own leading words at most (three words).
 */
const GOVERNED_BY_LEAVING = new RegExp(
  `(?<![\\p{L}-])(?:to\\s+(?:${POST_TAKING_VERBS.join("|")})|(?:${POST_LEAVING_NOUNS.join("|")})\\s+of)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}$`,
  "u",
);

/** How far before the title its governing words are read. */
const REACH = 60;

/**
 * Whether the title (at `start` in the body) is governed by words of taking the post away or of
 * leaving it ("decision to fire campaign manager", "the exodus of former campaign manager"):
 * lower-case words only, so "Fire Chief" reads none.
 */
export function leavingToldAround(body: string, start: number): boolean {
  return GOVERNED_BY_LEAVING.test(body.slice(Math.max(0, start - REACH), start));
}
