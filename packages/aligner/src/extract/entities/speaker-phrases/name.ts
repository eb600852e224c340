// Entity layer: the speaker a capitalised name nobody introduced names ("Jane Doe said", "Doe
// said", "van der Lund said", "Police said"), read when no mention heads the phrase
// (phrases.ts).

import {
  CALENDAR_WORDS,
  MONTH_ABBREVIATIONS,
  MONTHS,
} from "../../../../lexicons/calendar-words.ts";
import { nameAfterIndefiniteArticle } from "../descriptions/name-as-modifier.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { namePlacesAGroup } from "../not-people/located-group.ts";
import { commonWordsName, theLedOrganizationName } from "../not-people/organization-shaped-name.ts";
import { placeAfterDescribedPerson } from "../not-people/place-after-described-person.ts";
import {
  acronymNamed,
  companyNamed,
  describedPlaceNamed,
  groupOrBodyNamed,
  institutionNamed,
  institutionOfNamed,
  organizationNamed,
  personNamed,
  placeNamed,
} from "./name-kinds.ts";
import {
  couldNameSomeone,
  nameEndingPhrase,
  surnameWithParticles,
  withoutDescribingWords,
} from "./name-words.ts";
import { notALoneName } from "./rules.ts";

/**
 * The entity the name ending the phrase names (null: nobody), or undefined when the phrase does
 * not end with a name (it is then read as a description).
 */
export function speakerFromName(
  r: EntityRegistry,
  phraseStart: number,
  phraseEnd: number,
): number | "ambiguous" | null | undefined {
  const phrase = r.text.body.slice(phraseStart, phraseEnd);
  // "the OVTA said": an acronym names an organisation, "the" no part of its name.
  const acronym = acronymNamed(r, phrase, phraseEnd);
  if (acronym !== null) return acronym;
  const named = nameEndingPhrase(phrase);
  if (named === null) return undefined;
  // "early Friday", "on Thursday": a time, never a speaker's name — but a month word after
  // another name word before the verb ends a name ("columnist Ada Jun wrote", "Ivo May said").
  if (CALENDAR_WORDS.has(/\S+$/.exec(named)?.[0] ?? "") && !monthSurname(named)) return null;
  // "The Harbour Trust said": an institution, "The" before its name or not.
  const institution = institutionNamed(r, named, phraseEnd);
  if (institution !== null) return institution;
  // "The Norland Board of Elections said": the name finishes the board's.
  const institutionOf = institutionOfNamed(r, named, phraseEnd);
  if (institutionOf !== null) return institutionOf;
  // "The Norland Post said", "later the Harbour Ledger reported": no person's name follows "the".
  const theLed = theLedOrganizationName(r.text.body, named, phraseEnd - named.length);
  if (theLed !== null && !r.entities.some((e) => e.kind === "person" && e.name === theLed)) {
    return subjectLikeOrganization(r, organizationNamed(r, phraseEnd - theLed.length, phraseEnd));
  }
  if (!couldNameSomeone(named)) return undefined;
  // "police in Orvalia said": the group by where it is, read as a description (../not-people/located-group.ts).
  if (namePlacesAGroup(phrase, phrase.length - named.length)) return undefined;
  const cut = surnameWithParticles(phrase, withoutDescribingWords(named));
  let { name } = cut;
  // "van der Lund said": a surname with particles names the one person who has it; nobody
  // has it, the last word is read as before.
  if (cut.surname !== null) {
    const known = knownSurname(r, phraseEnd - cut.surname.length, phraseEnd, cut.surname);
    if (known !== undefined) return known;
    name = name.slice(name.lastIndexOf(" ") + 1);
  }
  const words = name.split(/[ -]/);
  const nameStart = phraseEnd - name.length;
  // "Lund Chips said": a company, not a person.
  const company = companyNamed(r, phraseStart, nameStart, phraseEnd, words);
  if (company !== null) return company;
  // A person first named while quotes are read ("Norland's economy minister, Ivo Vint, said")
  // had no surname mentions read for them: "Vint said" is recorded here.
  if (words.length === 1) {
    const known = knownSurname(r, nameStart, phraseEnd, name);
    if (known !== undefined) return known;
    // "said an old friend of both Roes", "a lawyer for the Vints": the plural of a surname
    // the article gives a person, after a preposition, names the family or couple the speaker
    // serves, never one person who speaks. "The Roes said" (the couple) is read as before.
    if (
      familyPlural(r, name) &&
      AFTER_PREPOSITION.test(phrase.slice(0, phrase.length - name.length))
    )
      return null;
  }
  // "…, said Norhaven": a capital speaking for its government; "Castlebay, a fishing town, said":
  // a name its appositive describes as a place.
  const place = placeNamed(r, name, nameStart, phraseEnd);
  if (place !== null) return place;
  // "Police said": a group or a body.
  const group = groupOrBodyNamed(r, name, nameStart, phraseEnd);
  if (group !== null) return group;
  if (words.length === 1 && notALoneName(r.text, nameStart, name)) return null;
  // "the senator from Norland said", "the governor of Norland, Ada Lund,": a lone word after a
  // described person and "from"/"of"/"in" is the place they are from, never a person (a word the
  // article names in full, `Ivo Norland`, was resolved above).
  if (
    words.length === 1 &&
    placeAfterDescribedPerson(r.text.body, sentenceStartAt(r, nameStart), nameStart)
  ) {
    return describedPlaceNamed(r, name, nameStart, phraseEnd);
  }
  // "in a Vintian post": a name after "a" modifies a noun (../descriptions/name-as-modifier.ts).
  if (words.length === 1 && nameAfterIndefiniteArticle(r.text.body, nameStart)) return null;
  // "Harbour Lives Matter said", "Judicial Watch said": English words and no given name.
  if (commonWordsName(words)) {
    return subjectLikeOrganization(r, organizationNamed(r, nameStart, phraseEnd));
  }
  return personNamed(r, name, words, nameStart, phraseEnd);
}

/**
 * The person already known by `surname`, its mention in [start, end) recorded as a late surname;
 * undefined when nobody has that surname.
 */
function knownSurname(
  r: EntityRegistry,
  start: number,
  end: number,
  surname: string,
): number | "ambiguous" | undefined {
  const same = r.namedBy(surname)[0] ?? -1;
  if (same < 0) return undefined;
  if (r.taken[start]) return same;
  const m = r.addLateSurname(start, end, surname, same);
  // "Vint Jr. said" may name a later Vint than the first (surnames/namesake-surnames.ts).
  return m.ambiguous ? "ambiguous" : (m.entity ?? same);
}

/** A preposition, maybe "both", "all" or "the" after it, ending the words before a name. */
const AFTER_PREPOSITION = /\s(?:to|for|of|with|by|from|at|about)\s+(?:(?:both|all|the)\s+)*$/;

/** Whether `name` ("Roes", "Joneses") is the plural of a surname a person of the article has. */
function familyPlural(r: EntityRegistry, name: string): boolean {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(name)) return false;
  if (r.namedBy(name.slice(0, -1)).length > 0) return true;
  return name.endsWith("es") && r.namedBy(name.slice(0, -2)).length > 0;
}

function sentenceStartAt(r: EntityRegistry, offset: number): number {
  return r.text.sentenceAt(offset)?.span.start ?? 0;
}

/** The organisation, marked as voicing quotations as the person it was read as before did. */
function subjectLikeOrganization(r: EntityRegistry, organization: number): number {
  r.entities[organization]!.subjectLike = true;
  return organization;
}

/** Words before a month that make it a time ("Last May", "Early June", "Mid March"). */
const TIME_BEFORE_MONTH: ReadonlySet<string> = new Set(
  "Last Next This Early Late Mid Since Until By In On Through Every".split(" "),
);

/**
 * Whether the name run ends in a month word standing as a surname: a month (never a weekday,
 * "Tuesday" stays a time) after a capitalised word that is no calendar or time word, the month
 * alone (the phrase ends there, so no day follows): "Ada Jun", "Ivo May".
 */
function monthSurname(named: string): boolean {
  const words = named.split(/\s+/);
  if (words.length < 2) return false;
  const last = words[words.length - 1]!;
  const before = words[words.length - 2]!;
  return (
    MONTH_WORDS.has(last) &&
    /^\p{Lu}\p{Ll}+$/u.test(before) &&
    !CALENDAR_WORDS.has(before) &&
    !TIME_BEFORE_MONTH.has(before)
  );
}

const MONTH_WORDS: ReadonlySet<string> = new Set([...MONTHS, ...MONTH_ABBREVIATIONS]);
