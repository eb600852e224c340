// Mention layer: the registry reads names, titles, organisations and places into mentions.

import { CLAUSE_OPENERS, CLAUSE_STARTERS } from "../../../lexicons/clause-starters.ts";
import { NAME_SUFFIXES } from "../../../lexicons/name-particles.ts";
import { findEchoedNames, findInitialledGivenNames } from "../echoed-names.ts";
import { findPersonNames } from "../person-names.ts";
import {
  type TitleRange,
  titleAfter,
  titleBefore,
  titleBeforeAppositive,
  titleWords,
} from "../titles.ts";
import { matchesAt } from "../word-index.ts";
import { endingChainStarts, isAsciiLetter } from "./clause-openers.ts";
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";
import {
  APPOSITIVE_HEAD_WORDS,
  DESCRIPTOR_WORDS,
  ENDING_WORDS,
  GOVERNS_A_PLACE,
  KOREAN_NAME_AT,
  LOWER_TITLE_WORDS,
  LOWER_TITLED_NAME,
  MINISTRY_AT,
  MINISTRY_WORDS,
  NAME_BETWEEN_COMMAS,
  ORG_BY_DESCRIPTOR_AT,
  ORG_BY_ENDING_AT,
  ORG_LIST_AT,
  ORG_LIST_WORDS,
  OUTLET_AT,
  OUTLET_WORDS,
  PLACE_AT,
  PLACE_WORDS,
  PRESIDENTIAL_OFFICE_AT,
  PRESIDENTIAL_WORDS,
  SAID_NAME,
  SAID_WORDS,
  SURNAME_WORDS,
  TITLED_NAME_AT,
  TITLED_NAME_WORDS,
} from "./mention-patterns.ts";
import { placeAtStart, plausiblePersonName, surnameOf } from "./name-rules.ts";
import { findAgedNames } from "./names/aged-names.ts";
import { findCoupleNames } from "./names/couple-names.ts";
import { findDescribedNames } from "./names/described-names.ts";
import { separateGenerations } from "./names/generational-suffixes.ts";
import { readHeadlineNames } from "./names/headline-names.ts";
import { findKinNames } from "./names/kin-names.ts";
import { readOpeningWordNames } from "./names/opening-word-names.ts";
import { findParticleNames } from "./names/particle-names.ts";
import { countryNamedOrganizationStart } from "./not-people/country-named-organization.ts";
import { namesAnInstitution } from "./not-people/institution-names.ts";
import { namesALawOrPlan } from "./not-people/law-or-plan-name.ts";
import { addQualifiedTitle, addTitle } from "./record-titles.ts";
import {
  isAppositiveStop,
  opensWithParticiple,
  PREMIER_BEFORE,
  untitledNameStart,
  wordBefore,
} from "./speaker-phrases/rules.ts";

export function readNames(r: EntityRegistry): void {
  const { body, words } = r.text;
  for (const m of matchesAt(body, KOREAN_NAME_AT, words.starts(SURNAME_WORDS))) {
    const start = m.index;
    const end = start + m[0].length;
    if (/^[A-Z]/.test(body.slice(end + 1, end + 2)) && body[end] === "-") continue;
    r.addNamed("person", m[0], m[1] ?? null, start, end);
  }
  for (const m of matchesAt(body, TITLED_NAME_AT, words.starts(TITLED_NAME_WORDS))) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (r.overlaps(start, end)) continue;
    const words = name.split(" ");
    if (words.some((w) => CLAUSE_STARTERS.has(w))) continue;
    if (placeAtStart(name) || namesAnInstitution(body, name, end)) continue;
    r.addNamed("person", name, surnameOf(name, words[words.length - 1]), start, end);
  }
  for (const m of matchesAt(body, LOWER_TITLED_NAME, words.starts(LOWER_TITLE_WORDS))) {
    const name = m[1] ?? "";
    if (body.startsWith("premier ", m.index) && !PREMIER_BEFORE.test(wordBefore(body, m.index))) {
      continue;
    }
    r.addUntitledName(name, m.index + m[0].length - name.length);
  }
  r.readAppositiveNames();
  for (const m of matchesAt(body, SAID_NAME, words.starts(SAID_WORDS))) {
    const name = m[1] ?? "";
    r.addUntitledName(name, m.index + m[0].length - name.length);
  }
  // People nobody titled or quoted, found by their given name ("Maria Okafor").
  for (const found of [
    ...findPersonNames(body),
    ...findEchoedNames(body),
    ...findInitialledGivenNames(body),
  ]) {
    const name = found.name ?? body.slice(found.start, found.end);
    if (r.overlaps(found.start, found.end) || !plausiblePersonName(name)) continue;
    if (opensWithParticiple(r.text, found.start, name)) continue;
    // "the Lund Plan", "the Vint Amendment": a law or plan named after someone (not-people/law-or-plan-name.ts).
    if (namesALawOrPlan(body, found.start, name)) continue;
    const index = r.addNamed("person", name, found.surname, found.start, found.end);
    const record = r.entities[index]!;
    if (record.gender === null) record.gender = found.gender;
  }
  // People whose age follows their name ("Ike Rahm, 35,"): a bare surname only when no full name
  // the article gives already has it (the surname reader links that one); a full name always, as
  // another person of that surname may be the one named ("Sen. Dora Lund … her son Ozren Lund, 16,").
  for (const aged of findAgedNames(body)) {
    const surname = surnameOf(aged.words.join(" "), aged.words[aged.words.length - 1]);
    if (aged.words.length === 1 && surname !== null && r.namedBy(surname).length > 0) continue;
    r.addUntitledName(body.slice(aged.start, aged.end), aged.start);
  }
  // People described before their name ("the comedian Lena Marsh", "10-year-old Tamsin Oyelade").
  for (const described of [...findDescribedNames(body), ...findParticleNames(body)]) {
    r.addUntitledName(body.slice(described.start, described.end), described.start);
  }
  // A lone given name after a possessed person noun ("her daughter, Mira, said").
  const fullNames = r.entities.filter((e) => e.kind === "person").map((e) => e.name);
  for (const kin of findKinNames(body, fullNames)) {
    if (r.overlaps(kin.start, kin.end)) continue;
    if (kin.fullName === null) {
      const index = r.addNamed("person", body.slice(kin.start, kin.end), null, kin.start, kin.end);
      // "his wife, Jane, … He said …": a name of one word has no given name for newEntityRecord to
      // read a gender from, so "he" went to Jane; the kin name is itself the given name.
      const record = r.entities[index]!;
      if (record.gender === null) record.gender = kin.gender;
      continue;
    }
    // "his wife, Jo," where the article names "Jo Vint": Jo Vint, though a given name alone does
    // not introduce her (a "Vint said" after it still means the Vint named in full before).
    const index = r.entityFor("person", kin.fullName, null);
    r.pushMention(kin.start, kin.end, "surname", index, r.text.sentenceIndexAt(kin.start), null);
  }
  // The first of two given names sharing one surname ("Odran and Wilma Tessaly").
  const people = new Map<string, string | null>();
  for (const e of r.entities) if (e.kind === "person") people.set(e.name, e.surname);
  for (const couple of findCoupleNames(body, people)) {
    if (r.overlaps(couple.start, couple.end)) continue;
    r.addNamed("person", couple.name, couple.surname, couple.start, couple.end);
  }
  readHeadlineNames(r);
  r.mentions.sort((a, b) => a.start - b.start);
  readOpeningWordNames(r);
  // "Ivo Vint Jr." and "Ivo Vint": one person, or a son and his father (names/generational-suffixes.ts).
  separateGenerations(r);
}

/**
 * A full name nobody titled, followed by an appositive whose head is a title ("Wang Lianhe,
 * China's commerce minister, met", "Anneli Virtanen, the European commissioner for trade,",
 * "Sophie Laurent, a senior fellow at …"): found from the head word back to the comma, so only
 * where a title head is written. The appositive itself is read as the title by `readTitles`.
 */
export function readAppositiveNames(r: EntityRegistry): void {
  const { body, words } = r.text;
  for (const head of words.starts(APPOSITIVE_HEAD_WORDS)) {
    r.readNameAfterTitle(head);
    // Back to the comma over at most five words of the appositive, none of them punctuated.
    let comma = -1;
    let spaces = 0;
    for (let i = head - 1; i >= 0 && head - i < 60; i -= 1) {
      const c = body.charCodeAt(i);
      if (c === 44) {
        comma = i;
        break;
      }
      if (c === 32) {
        spaces += 1;
        if (spaces > 5) break;
      } else if (isAppositiveStop(c)) break;
    }
    if (comma < 2) continue;
    const nameStart = untitledNameStart(body, comma);
    if (nameStart < 0 || r.taken[nameStart] === 1) continue;
    const sentence = r.text.sentenceAt(nameStart);
    const after = titleAfter(body, comma, sentence?.span.end ?? body.length);
    if (after === null || after.end <= head || after.start > head) continue;
    r.addUntitledName(body.slice(nameStart, comma), nameStart);
  }
}

/**
 * "the minister, Wang Lianhe, was late", "China's envoy, Li Ming, said": a name between commas
 * after a title, read as `titleBeforeAppositive` reads a known name's (not in a list).
 */
export function readNameAfterTitle(r: EntityRegistry, head: number): void {
  const { body } = r.text;
  let end = head;
  while (isAsciiLetter(body.charCodeAt(end))) end += 1;
  if (body.charCodeAt(end) !== 44 || body.charCodeAt(end + 1) !== 32) return;
  NAME_BETWEEN_COMMAS.lastIndex = end + 2;
  const m = NAME_BETWEEN_COMMAS.exec(body);
  if (m === null || r.taken[m.index] === 1) return;
  const sentence = r.text.sentenceAt(head);
  const limit = sentence?.span.start ?? 0;
  const title = titleBeforeAppositive(body, m.index, m.index + m[0].length, limit);
  if (title === null || title.end !== end) return;
  r.addUntitledName(m[0], m.index);
}

/** Records a name read from its context alone, unless a word says it is no person's name. */
export function addUntitledName(r: EntityRegistry, name: string, start: number): void {
  const end = start + name.length;
  if (r.overlaps(start, end) || !plausiblePersonName(name)) return;
  const parts = name.split(" ");
  // "said Vint Sr.": a surname and its suffix, read as a surname (surnames/namesake-surnames.ts).
  if (parts.length === 2 && NAME_SUFFIXES.has(parts[1]!.replace(/\.$/, ""))) return;
  r.addNamed("person", name, surnameOf(name, parts[parts.length - 1]), start, end);
}

/**
 * Titles are read once every name, organisation, place and surname is known, so a title never
 * runs back into another name ("Minister Kim and President Lee": "President"), and "<Title> <Name> of <Organisation>" can take the organisation the article
 * names as the rest of the post ("Minister Kim Sun-ah of the Ministry of Trade, Industry and
 * Energy"): reusing the organisation mentions keeps the qualifier to a known name, so "Minister
 * Kim of all people" never qualifies a title. A place qualifies only a post that governs or
 * represents one: "President Lee of South Korea" is the president of South Korea, "Professor
 * Choi of Seoul" holds no post of Seoul.
 */
export function readTitles(r: EntityRegistry): void {
  const { body } = r.text;
  // Mentions are sorted: readSurnameMentions, just before, ends by sorting them.
  let previousEnd = 0;
  for (let i = 0; i < r.mentions.length; i += 1) {
    const m = r.mentions[i]!;
    if (m.form === "surname" || m.form === "title-surname") {
      // "Minister Kim of the Ministry of Trade and President Choi Dong-hyun": the next name's
      // title starts after the surname and the post written after it.
      const post = m.title
        ? r.postAfter(m.end, { start: m.start, end: m.start + m.title.length })
        : null;
      previousEnd = Math.max(previousEnd, post ? post.end : m.end);
      continue;
    }
    if (m.entity === null || r.entities[m.entity]!.kind !== "person") continue;
    const sentence = r.text.sentences[m.sentence];
    const sentenceStart = sentence?.span.start ?? 0;
    const sentenceEnd = sentence?.span.end ?? body.length;
    const limit = Math.max(sentenceStart, previousEnd);
    const before = titleBefore(body, m.start, limit);
    previousEnd = m.end;
    if (before) {
      const post = r.postAfter(m.end, before);
      if (post) {
        addQualifiedTitle(r, m.entity, before.start, before.end, m.end + 1, post.end);
        r.postHolders.set(post.start, m.entity);
        previousEnd = post.end;
      } else addTitle(r, m.entity, before.start, before.end);
    } else {
      const appositive = titleBeforeAppositive(body, m.start, m.end, limit);
      if (appositive) addTitle(r, m.entity, appositive.start, appositive.end);
    }
    const after = titleAfter(body, m.end, sentenceEnd);
    if (after) addTitle(r, m.entity, after.start, after.end);
  }
}

/**
 * The organisation (or governed place) mention after "<name> of (the) " that completes the
 * title, or null. `nameEnd` ends a full name or a title-surname ("Minister Kim of the Ministry
 * of …"); mentions are sorted, so it is found by a binary search, only after " of ".
 */
export function postAfter(
  r: EntityRegistry,
  nameEnd: number,
  title: TitleRange,
): MentionRecord | null {
  const { body } = r.text;
  if (!body.startsWith(" of ", nameEnd)) return null;
  let at = nameEnd + 4;
  if (body.startsWith("the ", at)) at += 4;
  const org = r.mentions[r.firstFrom(at)];
  if (org === undefined || org.start !== at || org.form !== "name" || org.entity === null) {
    return null;
  }
  const kind = r.entities[org.entity]!.kind;
  if (kind === "organization") return org;
  if (kind !== "place") return null;
  const words = titleWords(body.slice(title.start, title.end));
  return words.some((w) => GOVERNS_A_PLACE.has(w)) ? org : null;
}

export function readOrganizationsAndPlaces(r: EntityRegistry): void {
  const { body, words } = r.text;
  const organizations: { start: number; end: number; name: string }[] = [];
  for (const m of matchesAt(body, OUTLET_AT, words.starts(OUTLET_WORDS))) {
    organizations.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  for (const m of matchesAt(body, MINISTRY_AT, words.starts(MINISTRY_WORDS))) {
    organizations.push({ start: m.index, end: m.index + m[0].length, name: m[0] });
  }
  for (const m of matchesAt(body, ORG_BY_DESCRIPTOR_AT, words.starts(DESCRIPTOR_WORDS))) {
    const name = m[1] ?? "";
    const start = m.index + m[0].length - name.length;
    organizations.push({ start, end: start + name.length, name });
  }
  for (const m of matchesAt(
    body,
    ORG_BY_ENDING_AT,
    endingChainStarts(body, words.starts(ENDING_WORDS)),
  )) {
    let name = m[0];
    let start = m.index;
    // A capitalised word that opens a clause is no part of the name ("As Harbour Radio
    // reported" → Harbour Radio, "When Harbour Trust met" → Harbour Trust).
    for (
      let lead = /^(?:of|[A-Z][a-z]*) /.exec(name);
      lead !== null &&
      (lead[0] === "of " || startsAClause(lead[0].trimEnd())) &&
      (ALWAYS_CUT.test(lead[0]) || name.indexOf(" ", lead[0].length) > 0);
      lead = /^(?:of|[A-Z][a-z]*) /.exec(name)
    ) {
      name = name.slice(lead[0].length);
      start += lead[0].length;
    }
    organizations.push({ start, end: start + name.length, name });
  }
  for (const m of matchesAt(body, ORG_LIST_AT, words.starts(ORG_LIST_WORDS))) {
    const list = m[1] ?? "";
    let offset = m.index + m[0].length - list.length;
    for (const part of list.split(/(,? and |, )/)) {
      if (/^[A-Z]/.test(part)) {
        organizations.push({ start: offset, end: offset + part.length, name: part });
      }
      offset += part.length;
    }
  }
  for (const m of matchesAt(body, PRESIDENTIAL_OFFICE_AT, words.starts(PRESIDENTIAL_WORDS))) {
    organizations.push({
      start: m.index,
      end: m.index + m[0].length,
      name: "presidential office",
    });
  }
  organizations.sort((a, b) => a.start - b.start || b.end - a.end);
  for (const org of organizations) {
    if (r.overlaps(org.start, org.end)) continue;
    const index = r.entityFor("organization", org.name, null);
    r.pushMention(org.start, org.end, "name", index, r.text.sentenceIndexAt(org.start), null);
  }
  for (const m of matchesAt(body, PLACE_AT, words.starts(PLACE_WORDS))) {
    const start = m.index;
    const end = start + m[0].length;
    if (r.overlaps(start, end)) continue;
    // "Harbour USA, a super PAC, said": a group named after its country, not the country.
    const group = countryNamedOrganizationStart(body, start, end);
    if (group >= 0 && !r.overlaps(group, start)) {
      const name = body.slice(group, end);
      const index = r.entityFor("organization", name, null);
      r.pushMention(group, end, "name", index, r.text.sentenceIndexAt(group), null);
      continue;
    }
    const canonical = m[0] === "US" || m[0] === "U.S." ? "United States" : m[0];
    const index = r.entityFor("place", canonical, null);
    r.pushMention(start, end, "name", index, r.text.sentenceIndexAt(start), null);
  }
}

/** Leading words cut even when one word is left ("The Group"); other openers keep two words. */
const ALWAYS_CUT = /^(?:The|A|An|In|At|On|By|For|With|From|Of|of) $/;

/** A capitalised function word that opens a clause, never the first word of a name. */
function startsAClause(word: string): boolean {
  return CLAUSE_STARTERS.has(word) || CLAUSE_OPENERS.has(word) || word === "Of";
}
