// Which capitalised words are given names and what gender a given name or an honorific carries:
// the tables person-names.ts reads full names by, apart from how it reads a name's shape.
import {
  FEMALE_GIVEN_NAMES,
  FEMALE_NOUN_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  MALE_NOUN_GIVEN_NAMES,
  UNGENDERED_GIVEN_NAMES,
} from "../../lexicons/given-names.ts";
import {
  MORE_FEMALE_GIVEN_NAMES,
  MORE_MALE_GIVEN_NAMES,
  MORE_UNGENDERED_GIVEN_NAMES,
} from "../../lexicons/more-given-names.ts";

export type Gender = "he" | "she";

const words = (list: string) => list.trim().split(/\s+/);

/**
 * Given names of more languages ("Sanjay", "Kimani"); rarer in English news and some are places
 * ("Dallas", "Brooklyn"): a name they start must end in a surname that is no English word
 * ("Dallas Cowboys", "Atlanta Falcons", "Brooklyn Teen" are no people).
 */
const moreGiven = new Set<string>();
const given = new Map<string, Gender | null>();
// Filled in a loop, a later list's gender winning as in a Map built from pairs: spreading ~57,000
// pairs into the constructor cost ~0.1 s of CPU of every fresh process.
for (const [list, gender, more] of [
  [MORE_UNGENDERED_GIVEN_NAMES, null, true],
  [MORE_MALE_GIVEN_NAMES, "he", true],
  [MORE_FEMALE_GIVEN_NAMES, "she", true],
  [UNGENDERED_GIVEN_NAMES, null, false],
  [MALE_GIVEN_NAMES, "he", false],
  [FEMALE_GIVEN_NAMES, "she", false],
] as const) {
  for (const name of words(list)) {
    given.set(name, gender);
    if (more) moreGiven.add(name);
  }
}
export const MORE_GIVEN: ReadonlySet<string> = moreGiven;
export const GIVEN: ReadonlyMap<string, Gender | null> = given;

/** Given names that are also nouns ("Holly"): their gender tells people apart; they find a name
 *  only before a surname that is no English word (nounGivenName in person-names.ts). */
export const NOUN_GIVEN: ReadonlyMap<string, Gender> = new Map<string, Gender>([
  ...words(MALE_NOUN_GIVEN_NAMES).map((w) => [w, "he"] as const),
  ...words(FEMALE_NOUN_GIVEN_NAMES).map((w) => [w, "she"] as const),
]);

/** The gender a given name usually carries, null when it carries none or is no given name. */
export function givenNameGender(word: string): Gender | null {
  return GIVEN.get(word) ?? NOUN_GIVEN.get(word) ?? null;
}

/** The gender an honorific says: "Mr." a man, "Mrs."/"Ms."/"Miss" a woman; null for any other title. */
export function honorificGender(title: string): Gender | null {
  const bare = title.replace(/\.$/, "");
  if (bare === "Mr") return "he";
  if (bare === "Mrs" || bare === "Ms" || bare === "Miss") return "she";
  return null;
}

export function isGivenName(word: string): boolean {
  return GIVEN.has(word);
}
