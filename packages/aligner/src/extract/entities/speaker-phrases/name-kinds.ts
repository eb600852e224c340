// Entity layer: what a name nobody introduced names when it ends a speaker phrase — a company
// ("Vale Display said"), a capital ("said Norhaven"), an acronym ("the OVTA said"), a group or body
// ("Police said") or a person — recorded as a late name mention (name.ts).

import {
  ENDOWMENT_HEADS,
  INSTITUTION_HEADS,
  SPEAKER_ORGANIZATION_ENDINGS,
} from "../../../../lexicons/organization-words.ts";
import { PLACE_NAMES } from "../../../../lexicons/places.ts";
import { isEnglishWord } from "../../english-lexicon.ts";
import { isGivenName } from "../../given-name-genders.ts";
import { titleAfter, titleBefore, titleBeforeAppositive } from "../../titles.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { ACRONYM_BEFORE, ACRONYM_NAME, ORGANIZATION_ENDING_WORDS } from "../mention-patterns.ts";
import { placeLikeName, surnameOf } from "../name-rules.ts";
import { givenNameSuffixed } from "../names/generational-suffixes.ts";
import { describesName } from "../names/title-then-name.ts";
import { commonWordOpeningSentence } from "../not-people/common-word-name.ts";
import { groupOrBodyKind } from "../not-people/group-or-body-name.ts";
import { addTitle } from "../record-titles.ts";
import { describedAsOrganization, describedAsPlace } from "./rules.ts";

/**
 * The company the name ending at `phraseEnd` names ("KV Lund said", "Vale Display said", "Vint
 * Biologics Co. said"): an acronym before it, a company word ending it or a business
 * description after it; null when it is no company.
 */
export function companyNamed(
  r: EntityRegistry,
  phraseStart: number,
  nameStart: number,
  phraseEnd: number,
  words: readonly string[],
): number | null {
  const { body } = r.text;
  const acronym = ACRONYM_BEFORE.exec(body.slice(Math.max(phraseStart, nameStart - 6), nameStart));
  if (
    acronym ||
    ORGANIZATION_ENDING_WORDS.has(words[words.length - 1]!) ||
    (words.length > 1 && SPEAKER_ORGANIZATION_ENDINGS.has(words[words.length - 1]!)) ||
    describedAsOrganization(body, phraseEnd)
  ) {
    const start = acronym ? nameStart - (acronym[1]!.length + 1) : nameStart;
    const company = r.entityFor("organization", body.slice(start, phraseEnd), null);
    recordLateName(r, start, phraseEnd, company);
    return company;
  }
  return null;
}

/**
 * The institution a name ending on a head no person's name ends on names ("The Harbour Trust
 * said", "the Dockers Union said"); null when it is none. "The" opening the sentence is no part of
 * the name; one word after it ("The Trust said") is a description, and a given name that is no
 * English word ("Councillor Ivo Trust said") or a title ("Chair Ada Board said") leaves the name
 * to the person reader.
 */
export function institutionNamed(
  r: EntityRegistry,
  named: string,
  phraseEnd: number,
): number | null {
  const name = named.startsWith("The ") ? named.slice(4) : named;
  const words = name.split(" ");
  const last = words[words.length - 1]!;
  if (words.length < 2 || !(INSTITUTION_HEADS.has(last) || ENDOWMENT_HEADS.has(last))) return null;
  if (words.some((w) => isGivenName(w) && !isEnglishWord(w.toLowerCase()))) return null;
  // "Chair Ada Board said": a title before the name makes it a person's — with a name between
  // them; a title word right before the head is part of the institution's name ("the Justice
  // Department said", "the State Department said").
  if (words.slice(0, -2).some(describesName)) return null;
  const institution = r.entityFor("organization", name, null);
  recordLateName(r, phraseEnd - name.length, phraseEnd, institution);
  return institution;
}

/** "<Capitalised words> <institution head> of (the) " ending the text before a name. */
const HEAD_OF_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])((?:\\p{Lu}[\\p{L}&'’-]*\\s+)*(?:${[...INSTITUTION_HEADS].join("|")})\\s+of\\s+(?:the\\s+)?)$`,
  "u",
);

/**
 * The institution whose name the name ending the phrase finishes, after its head and "of": "The
 * Norland Board of Elections said" is the board, not a person "Elections" (a fragment the speaker
 * was read as on PolNeAR TRAIN); "the Harbour Union of Dockers said". The whole name from the
 * capitalised words before the head, "The" opening it aside. Null when no such head stands before
 * the name.
 */
export function institutionOfNamed(
  r: EntityRegistry,
  named: string,
  phraseEnd: number,
): number | null {
  const nameStart = phraseEnd - named.length;
  // The body, not the phrase: a reader may hand over the name alone ("Elections").
  const text = r.text.body.slice(Math.max(0, nameStart - 80), nameStart);
  const before = HEAD_OF_BEFORE.exec(text)?.[1];
  if (before === undefined) return null;
  const name = (before + named).replace(/^The\s+/u, "");
  const institution = r.entityFor("organization", name, null);
  recordLateName(r, phraseEnd - name.length, phraseEnd, institution);
  return institution;
}

/**
 * The organisation an acronym names ("the OVTA said" → "OVTA"; "said NRVA" →
 * "NRVA"): a phrase that is only a word of two or more capitals, "the" before it or not ("the"
 * is no part of the name; a person is never "the JFK"). Left to the other readers: a bare word of
 * two capitals ("AJ said" is a nickname as often as a body), Roman numerals, places ("UK"), and
 * the initials of a person the article names ("Jon Fane Kirk" … "JFK said").
 */
export function acronymNamed(r: EntityRegistry, phrase: string, phraseEnd: number): number | null {
  const withThe = phrase.startsWith("The ") || phrase.startsWith("the ");
  const name = withThe ? phrase.slice(4) : phrase;
  if (!ACRONYM_NAME.test(name)) return null;
  if ((!withThe && name.length < 3) || /^[IVXLC]+$/.test(name) || PLACE_NAMES.has(name)) {
    return null;
  }
  if (r.entities.some((e) => e.kind === "person" && initialsOf(e.name) === name)) return null;
  // "the Norland Harbour Board (NHB) said … NHB officials added": the one organisation whose
  // name's initials the acronym is speaks; two such leave the acronym its own.
  const spelled = r.entities.filter(
    (e) => e.kind === "organization" && organizationInitials(e.name) === name,
  );
  if (spelled.length === 1) spelled[0]!.subjectLike = true;
  const organization =
    spelled.length === 1
      ? r.entities.indexOf(spelled[0]!)
      : r.entityFor("organization", name, null);
  recordLateName(r, phraseEnd - name.length, phraseEnd, organization);
  return organization;
}

/** "NHB" for "Norland Harbour Board", "NBE" for "Norland Board of Elections": the initials of an
 *  organisation's capitalised words, the words that join them ("of", "the", "and") left out. */
function organizationInitials(name: string): string {
  const words = name.split(/[ -]/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return words.length < 2 ? "" : words.map((w) => w[0]).join("");
}

/** "JFK" for "Jon Fitzgerald Kirk", "AOC" for "Ana Ortiz-Cole": a full name's initials. */
function initialsOf(name: string): string {
  const words = name.split(/[ -]/).filter((w) => /^[A-Z]/.test(w));
  return words.length < 2 ? "" : words.map((w) => w[0]).join("");
}

/**
 * "…, said Norhaven": a capital speaking for its government, as "Ostmark said" does;
 * "Castlebay, a fishing town, said": a name its appositive describes as a place (rules.ts).
 */
export function placeNamed(
  r: EntityRegistry,
  name: string,
  nameStart: number,
  phraseEnd: number,
): number | null {
  if (!placeLikeName(name) && !describedAsPlace(r.text.body, phraseEnd)) return null;
  const place = r.entityFor("place", name, null);
  recordLateName(r, nameStart, phraseEnd, place);
  return place;
}

/**
 * "the senator from Norland said": a lone word after a described person and "from"/"of"/"in" is
 * the place they are from (../not-people/place-after-described-person.ts), recorded as one; the attribution
 * layer then leaves the quote unknown (corrections/name-modifies-group.ts).
 */
export function describedPlaceNamed(
  r: EntityRegistry,
  name: string,
  nameStart: number,
  phraseEnd: number,
): number {
  const place = r.entityFor("place", name, null);
  recordLateName(r, nameStart, phraseEnd, place);
  return place;
}

/** "Police said", "Prosecutors argued": a common noun opening its sentence (../not-people/common-word-name.ts). */
export function groupOrBodyNamed(
  r: EntityRegistry,
  name: string,
  nameStart: number,
  phraseEnd: number,
): number | null {
  const groupOrBody =
    groupOrBodyKind(r.text.body, nameStart, name) ??
    (commonWordOpeningSentence(r.text, nameStart, name) ? "organization" : null);
  if (groupOrBody === null) return null;
  const group = r.entityFor(groupOrBody, name, null);
  recordLateName(r, nameStart, phraseEnd, group);
  return group;
}

/** The person the name names, with the titles written before or after it the first time. */
export function personNamed(
  r: EntityRegistry,
  name: string,
  words: readonly string[],
  nameStart: number,
  phraseEnd: number,
): number {
  const { body } = r.text;
  // "Ivo Jr. said": the son's own name, not the bare "Ivo" (names/generational-suffixes.ts).
  const index =
    givenNameSuffixed(r, name, nameStart + name.length) ??
    r.entityFor("person", name, surnameOf(name, words[words.length - 1]));
  if (!r.taken[nameStart]) {
    const sentence = r.text.sentenceIndexAt(nameStart);
    r.pushMention(nameStart, phraseEnd, "name", index, sentence, null, true);
    const limit = r.text.sentences[sentence]?.span.start ?? 0;
    const title =
      titleBefore(body, nameStart, limit) ??
      titleBeforeAppositive(body, nameStart, phraseEnd, limit);
    if (title) addTitle(r, index, title.start, title.end);
    const sentenceEnd = r.text.sentences[sentence]?.span.end ?? body.length;
    const after = titleAfter(body, phraseEnd, sentenceEnd);
    if (after) addTitle(r, index, after.start, after.end);
  }
  return index;
}

/**
 * "The Norland Courier said": the organisation named by the words from `start` to the phrase's
 * end. Its name mention is recorded over the place mention read inside it ("Norland").
 */
export function organizationNamed(r: EntityRegistry, start: number, phraseEnd: number): number {
  const organization = r.entityFor("organization", r.text.body.slice(start, phraseEnd), null);
  const known = r.descriptions.some(
    (m) => m.start === start && m.end === phraseEnd && m.entity === organization,
  );
  if (!known) {
    r.pushMention(
      start,
      phraseEnd,
      "name",
      organization,
      r.text.sentenceIndexAt(start),
      null,
      true,
    );
  }
  return organization;
}

/** A name mention found while quotes are read, unless one is already there. */
function recordLateName(r: EntityRegistry, start: number, end: number, entity: number): void {
  if (!r.taken[start]) {
    const sentence = r.text.sentenceIndexAt(start);
    r.pushMention(start, end, "name", entity, sentence, null, true);
  }
}
