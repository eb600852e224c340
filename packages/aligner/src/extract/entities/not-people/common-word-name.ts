// Entity layer: a lone capitalised word opening its sentence before a reporting verb that is a
// common noun for people, not a name: "Police said", "Authorities say", "Prosecutors argued" (the
// plural of a title). The group speaks as an organisation: the quote keeps its speaker, and no
// person of that name is made.
import {
  GROUP_PLURAL_NOUNS,
  KIN_NOUNS,
  PERSON_NOUNS,
  SPEAKS_FOR_SOMEONE,
  UNNAMED_SOURCE_NOUNS,
} from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import { isGivenName } from "../../person-names.ts";

/** Singular person nouns whose plural, capitalised at a sentence's start, names a group. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...SPEAKS_FOR_SOMEONE,
  ...UNNAMED_SOURCE_NOUNS,
  ...TITLE_HEADS,
]);

/** "Prosecutors" → "prosecutor", "Authorities" → "authority", "Witnesses" → "witness". */
function singulars(lower: string): string[] {
  const out: string[] = [];
  if (lower.endsWith("ies")) out.push(`${lower.slice(0, -3)}y`);
  if (lower.endsWith("es")) out.push(lower.slice(0, -2));
  if (lower.endsWith("s")) out.push(lower.slice(0, -1));
  return out;
}

/**
 * Whether a lowercase word is a noun for people or a group of them: "police", "officials",
 * "residents", "lawyer", "prosecutors" (GROUP_PLURAL_NOUNS, person nouns, titles and their plurals).
 */
/** Whether a lower-cased word is a relative's noun, singular or plural ("daughter", "cousins"). */
export function isKinNoun(lower: string): boolean {
  return KIN_NOUNS.has(lower) || KIN_NOUNS.has(lower.replace(/s$/, ""));
}

export function isPeopleNoun(lower: string): boolean {
  if (GROUP_PLURAL_NOUNS.has(lower) || PEOPLE_NOUNS.has(lower)) return true;
  return lower.endsWith("s") && singulars(lower).some((s) => PEOPLE_NOUNS.has(s));
}

/**
 * Whether the one-word `name` at body offset `start` is a common noun written with a capital only
 * because it opens its sentence: a plural or collective noun for people ("Police", "Authorities",
 * GROUP_PLURAL_NOUNS) or the plural of a person noun or title ("Prosecutors", "Officials"). A given
 * name never is one; a surname that is also a plural noun keeps its person when the article names
 * them in full first (the speaker phrase finds them before this is asked).
 */
export function commonWordOpeningSentence(text: ArticleText, start: number, name: string): boolean {
  if (name.indexOf(" ") >= 0 || !/^\p{Lu}\p{Ll}+$/u.test(name) || isGivenName(name)) return false;
  const sentence = text.sentenceAt(start);
  if (sentence === undefined) return false;
  if (!/^[\s“"‘']*$/.test(text.body.slice(sentence.span.start, start))) return false;
  const lower = name.toLowerCase();
  if (GROUP_PLURAL_NOUNS.has(lower)) return true;
  return lower.endsWith("s") && singulars(lower).some((s) => PEOPLE_NOUNS.has(s));
}
