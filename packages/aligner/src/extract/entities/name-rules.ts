// Entity layer: rules about person names — gender from a given name, surnames with particles,
// family-name-first order, and names that are places (the gazetteer) rather than people.

import { NEWS_OUTLETS } from "@parallax/core";
import { CLAUSE_STARTERS } from "../../../lexicons/clause-starters.ts";
import { FAMILY_NAME_FIRST_SURNAMES } from "../../../lexicons/family-name-first-surnames.ts";
import { KOREAN_SURNAMES } from "../../../lexicons/korean-surnames.ts";
import { CAPITALISED_NAME_PARTICLES, NAME_PARTICLES } from "../../../lexicons/name-particles.ts";
import { SPEAKER_ORGANIZATION_ENDINGS } from "../../../lexicons/organization-words.ts";
import { isPartyMemberWord } from "../../../lexicons/party-words.ts";
import { PLACE_NAMES } from "../../../lexicons/places.ts";
import { INDEFINITE_PRONOUNS } from "../../../lexicons/pronouns.ts";
import { givenNameGender } from "../person-names.ts";
import { isAsciiLetter } from "./clause-openers.ts";
import type { EntityRecord } from "./entity-records.ts";
import { HONORIFIC, ORGANIZATION_ENDING_WORDS } from "./mention-patterns.ts";
import { isPluralGroupNoun } from "./not-people/group-nouns.ts";
import { isTitleWord } from "./speaker-phrases/rules.ts";

export const PARTICLE_WORDS: ReadonlySet<string> = new Set(NAME_PARTICLES);

const SURNAME_FIRST: ReadonlySet<string> = new Set(KOREAN_SURNAMES);

/** The gender of a full name's given name; none when the name starts with a family name ("Kim …"). */
export function genderOfName(name: string): "he" | "she" | null {
  const space = name.indexOf(" ");
  if (space < 0) return null;
  const first = name.slice(0, space);
  if (SURNAME_FIRST.has(first) || FAMILY_NAME_FIRST_SURNAMES.has(first)) return null;
  return givenNameGender(first);
}

export function opposite(gender: "he" | "she"): "he" | "she" {
  return gender === "he" ? "she" : "he";
}

/**
 * The surname of a full name with particles, from the first particle between its capitalised words
 * ("Ursula von der Leyen" → "von der Leyen", "Herman Van Rompuy" → "Van Rompuy"); `last` (the
 * name's last word, as before) for any other name.
 */
export function surnameOf(name: string, last: string | undefined): string | null {
  const words = name.split(" ");
  for (let i = 1; i < words.length - 1; i += 1) {
    const w = words[i]!;
    if (PARTICLE_WORDS.has(w) || (CAPITALISED_NAME_PARTICLES.has(w) && words.length === 3)) {
      return words.slice(i).join(" ");
    }
  }
  return last ?? null;
}

/**
 * Whether a one-word mention can name this person: their surname, or the family name a two-word
 * name starts with ("Sato" of "Sato Kenji"). Several people it can name make the mention
 * ambiguous unless context decides, as with two Kims.
 */
export function isNamedBy(e: EntityRecord, word: string): boolean {
  return (
    e.kind === "person" &&
    !e.unnamed &&
    (e.surname === word || e.familyFirst === word || sameParticleSurname(e.surname, word))
  );
}

/** "von der Leyen" and "Von der Leyen" (a sentence's first word): one surname with particles. */
function sameParticleSurname(surname: string | null, word: string): boolean {
  return (
    surname !== null &&
    isLowerAscii(surname.charCodeAt(0)) &&
    surname.length === word.length &&
    word === capitalised(surname)
  );
}

export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The family name a two-word name is written with first, or null: "Sato Kenji" → "Sato",
 * "Wang Yi" → "Wang"; "Kenji Sato", "Carla Benning" and Korean names (read with their surname
 * first already) → null. Decided by a list of family names rather than by "the first word of one
 * known name": Western given names used alone ("Will", "Mark", "Grant") are ordinary words too, and
 * a first name alone in news is more often someone else (a relative) than the person named.
 */
export function familyNameFirst(name: string, surname: string | null): string | null {
  const first = surname === null ? undefined : twoWords(name)?.[0];
  return first !== undefined && first !== surname && FAMILY_NAME_FIRST_SURNAMES.has(first)
    ? first
    : null;
}

/** The words of a two-word name ("Sato Kenji"), or null for one word or three. */
function twoWords(name: string): [string, string] | null {
  const space = name.indexOf(" ");
  if (space < 0 || name.indexOf(" ", space + 1) >= 0) return null;
  return [name.slice(0, space), name.slice(space + 1)];
}

/** Whether `start` follows a capitalised word and one space ("Mark Sato" at "Sato"). */
export function afterCapitalisedWord(body: string, start: number): boolean {
  if (body.charCodeAt(start - 1) !== 32) return false;
  let i = start - 1;
  while (i > 0 && isLowerAscii(body.charCodeAt(i - 1))) i -= 1;
  if (i === start - 1 || i === 0) return false;
  const initial = body.charCodeAt(i - 1);
  return initial >= 65 && initial <= 90 && (i === 1 || !isAsciiLetter(body.charCodeAt(i - 2)));
}

export function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The same Japanese or Chinese name in the other order ("Sato Kenji" ↔ "Kenji Sato"), or null:
 * one article may write both. Only when exactly one of the two words is a listed family name, so
 * "Li Wei" and "Wei Li" (both family names) stay two people rather than a guess.
 */
export function otherNameOrder(name: string): string | null {
  const words = twoWords(name);
  if (words === null) return null;
  const [first, last] = words;
  if (FAMILY_NAME_FIRST_SURNAMES.has(first) === FAMILY_NAME_FIRST_SURNAMES.has(last)) return null;
  return `${last} ${first}`;
}

/** Street and landscape words: "Wall Street, the chief economist noted," names no person. */
const PLACE_NAME_WORDS = new Set([
  "Street",
  "Avenue",
  "Square",
  "Road",
  "Boulevard",
  "Valley",
  "River",
  "Island",
  "Islands",
  "Bay",
  "Lake",
  "Strait",
  "Sea",
  "Ocean",
  "Coast",
  "Peninsula",
  "Province",
  "County",
  "City",
]);

/** First words of place names that no person's name starts with: "New Delhi", "South Africa", "San Jose". */
const PLACE_LEADING_WORDS = new Set([
  "New",
  "North",
  "South",
  "East",
  "West",
  "Northern",
  "Southern",
  "Eastern",
  "Western",
  "Central",
  "San",
  "Santa",
  "Los",
  "Las",
  "Saint",
  "Port",
  "Mount",
  "Fort",
  "Greater",
]);

/** "North", "New", "San": a word that opens place names, never a person's or company's. */
export function isPlaceLeadingWord(word: string): boolean {
  return PLACE_LEADING_WORDS.has(word);
}

/** "New Delhi", "South Africa", "Wall Street": a place by its first or last word. */
export function placeLikeName(name: string): boolean {
  const space = name.indexOf(" ");
  if (space < 0) return false;
  return (
    PLACE_LEADING_WORDS.has(name.slice(0, space)) ||
    PLACE_NAME_WORDS.has(name.slice(name.lastIndexOf(" ") + 1))
  );
}

/** A capitalised name word ("Lianhe", "Erdoğan", "Kim-Lee"). */
export const CAPITALISED_NAME_WORD = /^[A-Z]\p{Ll}+(?:-\p{L}\p{Ll}+)?$/u;

/** Letters of a name word: ASCII, hyphen, and the Latin letters beyond ASCII ("ğ", "é", "ø"). */
export function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || c === 45 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/**
 * Whether capitalised words read from context alone can be a person's name: none opens a clause
 * ("In Brussels"), names a weekday, a place, an outlet or an organisation ("Goldman Sachs",
 * "Lindqvist Institute"), or is a title word ("Executive Officer").
 */
export function plausiblePersonName(name: string): boolean {
  const parts = name.split(/[ -]/);
  // "One said", "Others warned", "All have denied it": people, but nobody's name.
  if (parts.length === 1 && INDEFINITE_PRONOUNS.has(name.toLowerCase())) return false;
  for (const w of parts) {
    if (CLAUSE_STARTERS.has(w) || ORGANIZATION_ENDING_WORDS.has(w) || HONORIFIC.test(w)) {
      return false;
    }
    if (isTitleWord(w)) return false;
  }
  if (placeLikeName(name)) return false;
  if (placeAtStart(name) || placeAtEnd(name)) return false;
  // "Roman Catholics": a group of people, not a given name and a surname.
  if (isPluralGroupNoun(parts[parts.length - 1]!)) return false;
  // "said Orvant Labs": a firm's name ending, never a surname.
  if (parts.length > 1 && SPEAKER_ORGANIZATION_ENDINGS.has(parts[parts.length - 1]!)) return false;
  // "a South Norland Democrat said": a party member described by a place, never a surname.
  if (isPartyMemberWord(parts[parts.length - 1]!)) return false;
  if (NEWS_OUTLETS.some((o) => name.includes(o))) return false;
  return true;
}

/** Whether whole words opening `name` name a place ("Kenya Airways"; not "Bernie" for "Bern"). */
export function placeAtStart(name: string): boolean {
  for (let i = name.indexOf(" "); i > 0; i = name.indexOf(" ", i + 1)) {
    if (PLACE_NAMES.has(name.slice(0, i))) return true;
  }
  return PLACE_NAMES.has(name);
}

/** Whether whole words closing `name` name a place ("Bank of Kenya"). */
function placeAtEnd(name: string): boolean {
  for (let i = name.indexOf(" "); i > 0; i = name.indexOf(" ", i + 1)) {
    if (PLACE_NAMES.has(name.slice(i + 1))) return true;
  }
  return PLACE_NAMES.has(name);
}
