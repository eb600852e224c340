// Entity layer: two titles that name different posts ("Director Kim" and "Minister Kim"), so the
// surname written after each names a different person (issue 11: a bare surname linked through a
// title joined a person the article gave another post, and a quote went to the wrong one).

import { SURNAME_TITLE_HEADS, TOP_POST_HEADS } from "../../../../lexicons/title-words.ts";
import { titleWords } from "../../titles.ts";
import type { EntityRecord } from "../entity-records.ts";

/**
 * The heads that name one post when written before a bare surname ("Director", "Minister",
 * "Senator", "Governor"), from the title lexicon. Not "chief" (a top post of whatever it heads:
 * "chief of staff" is also a director's post, TOP_POST_HEADS), nor an honorific ("Mr.").
 */
const POST_HEADS: ReadonlySet<string> = new Set(
  SURNAME_TITLE_HEADS.filter((w) => !TOP_POST_HEADS.has(w)),
);

function postHeads(words: readonly string[]): string[] {
  return words.filter((w) => POST_HEADS.has(w));
}

/**
 * Whether two titles, split by `titleWords`, clearly name two different posts: each has a post
 * head and neither holds a head of the other ("Director" and "Minister", "Senator" and
 * "Governor"). A title that is part of another is no clash ("Minister" and "Foreign Minister",
 * "Deputy Minister" and "Minister": one head), nor is a post held before ("former governor":
 * a governor may be a senator now), nor a title without a post head ("Mr.", "official").
 */
export function titleWordsClash(a: readonly string[], b: readonly string[]): boolean {
  if (a.includes("former") || b.includes("former")) return false;
  const ha = postHeads(a);
  const hb = postHeads(b);
  if (ha.length === 0 || hb.length === 0) return false;
  return !ha.some((w) => b.includes(w)) && !hb.some((w) => a.includes(w));
}

/** `titleWordsClash` on titles as written. */
export function titlesClash(a: string, b: string): boolean {
  return titleWordsClash(titleWords(a), titleWords(b));
}

/**
 * Whether the title said with a surname ("Minister" of "Minister Kim") names another post than
 * the person holds in this article: the person has a current post title and every one clashes
 * with it. A person with no post title, or one that fits, may be meant.
 */
export function clashesWithPerson(title: string, person: EntityRecord): boolean {
  const said = titleWords(title);
  let posts = 0;
  for (const words of person.titleWords) {
    if (words.includes("former") || postHeads(words).length === 0) continue;
    if (!titleWordsClash(said, words)) return false;
    posts += 1;
  }
  return posts > 0;
}

/**
 * A person the article names only by a title and the surname ("Minister Vint", the name a speaker
 * phrase or titled-namesakes.ts gave them): nothing but the title tells them from a namesake.
 */
export function knownByTitleOnly(person: EntityRecord): boolean {
  const { name, surname } = person;
  if (surname === null || !name.endsWith(` ${surname}`)) return false;
  return postHeads(titleWords(name.slice(0, -surname.length - 1))).length > 0;
}
