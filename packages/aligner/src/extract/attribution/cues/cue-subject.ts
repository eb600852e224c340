// Attribution layer: the subject phrase of a cue — read back from the verb to a clause boundary,
// through appositives ("Roe, a professor at X, said") and "who" clauses, to an entity.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { PLACES } from "../../../../lexicons/places.ts";
import { TITLE_ABBREVIATIONS } from "../../../../lexicons/title-abbreviations.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { personBodyAt } from "../../entities/not-people/person-body.ts";
import { isParticipleObject } from "../../entities/speaker-phrases/participle-object.ts";
import { labelStart } from "../../parenthesised-label.ts";
import { hasTitleHead, titleWords } from "../../titles.ts";
import { isWordChar } from "../../word-index.ts";
import {
  countWords,
  spaceEnd,
  spaceStartBack,
  wordEndAt,
  wordStartBack,
  wordsBefore,
} from "../text-scan.ts";
import { affiliatedSubject } from "./affiliated-subject.ts";
import { organizationBeforeAppositive } from "./organization-appositive.ts";
import { standsBeforeRelative } from "./relative-antecedent.ts";
import { PREPOSITIONS } from "./reported-clause.ts";
import { isCapitalisedName } from "./trailing-attribution.ts";

/** Where a subject phrase before a speech verb starts: after the last of these. */
export const SUBJECT_BOUNDARY_MARKS = ',;:—–“”"(';

const SUBJECT_BOUNDARY_WORDS = new Set(
  "that|what|which|who|whom|where|when|while|and|but|with|by|among|than".split("|"),
);

const TRAILING_AUXILIARY =
  /(?:\s+(?:(?:went|goes)\s+on\s+to|has|have|had|also|reportedly|repeatedly|then|later|again|once|would|will|did|does|do|had|previously|earlier|recently|further|publicly|privately|separately|now|still|already|on\s+the\s+\d{1,2}(?:st|nd|rd|th)))+$/;

/**
 * "Wang, for his part, said …": a parenthetical between commas (led by a lowercase preposition or
 * adverb, no title) right before the verb; the subject stands before it.
 */
export function parentheticalSubject(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
  verbAfterComma: boolean,
): number | "ambiguous" | null {
  if (!verbAfterComma) return null;
  // An appositive and the name before it sit just before the verb: look back a bounded stretch
  // (a search to the body's start, per verb, was quadratic on long comma-free text).
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return null;
  const segmentStart = spaceEnd(body, previousComma + 1, comma);
  const first = body.slice(segmentStart, wordEndAt(body, segmentStart, comma));
  if (!PREPOSITIONS.has(first) && !PARENTHETICAL_ADVERBS.has(first)) return null;
  if (hasTitleHead(titleWords(body.slice(segmentStart, comma)))) return null;
  const subject = subjectBefore(body, sStart, previousComma);
  if (subject.end <= subject.start || !isCapitalisedName(body, subject.start, subject.end))
    return null;
  // Any kind: "Seoul, however, said" speaks for its government as "Seoul said" does.
  return registry.speakerFromPhrase(subject.start, subject.end);
}

const PARENTHETICAL_ADVERBS = new Set(
  "however|meanwhile|though|too|also|instead|separately|nonetheless|moreover|likewise".split("|"),
);

export const PASSIVE_AUXILIARIES = new Set(["is", "was", "were", "are", "be", "been", "being"]);

export const NOT_A_REPORT_BEFORE = new Set(
  "a|an|the|this|that|these|those|his|her|its|their|our|recent|latest|new|to|will|would|can|could|may|might|should|must".split(
    "|",
  ),
);

const SUBJECT_REACH = 400;

export function subjectBefore(
  body: string,
  sStart: number,
  verbAt: number,
): { start: number; end: number; relative: boolean } {
  // "Sen. Jane Roe (R-Ore.) said": a label in parentheses after the name is no part of the
  // subject, and its "(" is no boundary — the subject is read from before it.
  const verbStart = labelStart(body, sStart, verbAt);
  const before = body.slice(sStart, verbStart);
  // The last boundary (a punctuation mark or a clause word) before the verb, found reading
  // backwards from the verb: the subject is usually a few words long, the sentence prefix not.
  // A subject is a few words: reading back further than SUBJECT_REACH would only make one that is
  // refused as too long, and per verb in a long run-on sentence it was quadratic.
  const reach = Math.max(sStart, verbStart - SUBJECT_REACH);
  let boundary = reach - sStart;
  let relative = false;
  for (let i = verbStart; i > reach; ) {
    const c = body.charCodeAt(i - 1);
    if (isWordChar(c)) {
      const wordStart = wordStartBack(body, sStart, i);
      const word = body.slice(wordStart, i);
      if (SUBJECT_BOUNDARY_WORDS.has(word)) {
        boundary = i - sStart;
        relative = word === "who" || word === "which";
        break;
      }
      i = wordStart;
    } else if (SUBJECT_BOUNDARY_MARKS.includes(body[i - 1]!)) {
      boundary = i - sStart;
      break;
    } else i -= 1;
  }
  let phrase = before.slice(boundary).trimEnd();
  const aux = TRAILING_AUXILIARY.exec(phrase);
  if (aux) phrase = phrase.slice(0, aux.index);
  const lead = phrase.length - phrase.trimStart().length;
  const start = sStart + boundary + lead;
  const end = sStart + boundary + phrase.trimEnd().length;
  if (end > start && countWords(body.slice(start, end)) > 10)
    return { start, end: start, relative };
  return { start, end: Math.max(start, end), relative };
}

/** A capitalised full name of two or three words ("Kenji Sato", "Jane van Doe" is not one). */
const FULL_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}$/;

/**
 * The speaker of a verb right after an appositive set off by commas: the name before it ("Park
 * Ji-won, a senior economist at X, said"; "Sato, 58, told reporters"), or the name inside it when a
 * title comes first ("Japan's economy minister, Kenji Sato, said") — never the country or
 * organisation that owns the title.
 */
export function appositiveSpeaker(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  verbStart: number,
  verbAfterComma: boolean,
): number | "ambiguous" | null {
  // An appositive and the name before it sit just before the verb: look back a bounded stretch
  // (a search to the body's start, per verb, was quadratic on long comma-free text).
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return null;
  const segment = body.slice(previousComma + 1, comma).trim();
  if (segment.length === 0) return null;
  // "One deacon praising Mr. Vint, Tom Reeve of Saint Ora Hall, said": the name before the
  // appositive is the participle's object, not the subject; a person heading the appositive
  // renames the subject and speaks, else nobody can be named.
  if (isParticipleObject(body, sStart, previousComma))
    return personOpening(registry, spaceEnd(body, previousComma + 1, comma), comma) ?? "ambiguous";
  // "Ivo Brandt of Harbour Bank, the region's largest lender, warned": the name before the
  // affiliation opens the sentence, so it is the subject.
  const affiliated = affiliatedSubject(registry, body, sStart, previousComma);
  if (affiliated !== null) return affiliated;
  // "The report by Anna Berg, a researcher, said": a name after a preposition is not the subject.
  if (OBJECT_OF_PREPOSITION.test(body.slice(Math.max(sStart, previousComma - 80), previousComma)))
    return null;
  if (hasTitleHead(titleWords(segment))) {
    const named = registry.personEndingAt(previousComma);
    if (named !== null) return named;
  }
  // Only a verb closing the appositive itself: "Kim, however, said", not "Kim, in Seoul, and Lee said".
  if (!verbAfterComma) return null;

  const named =
    registry.personEndingAt(previousComma) ??
    surnameEndingAt(registry, body, sStart, previousComma);
  if (named !== null) return named;
  const organization = organizationBeforeAppositive(
    registry,
    body,
    subjectBefore(body, sStart, previousComma),
    previousComma,
  );
  if (organization !== null) return organization;
  // "Kenji Sato, Japan's economy minister, said" with Kenji Sato not named before: the name
  // nobody introduced speaks, as "Jane Doe said" does — or the company, when the registry reads
  // the appositive as a business ("Deutsche Telekom, the market leader, said").
  if (hasTitleHead(titleWords(segment))) {
    const nameStart = unknownNameBefore(body, sStart, previousComma);
    if (nameStart >= 0) {
      const speaker = registry.speakerFromPhrase(nameStart, previousComma);
      if (typeof speaker === "number" && registry.kindOf(speaker) !== "place") return speaker;
    }
  }
  // "<Org/Country>'s <title>, <Name>, said": the words before the appositive end in a title.
  const head = wordsBefore(body, Math.max(sStart, previousComma - 60), previousComma);
  const titled = titleWords(head);
  if (titled.length === 0 || !hasTitleHead(titled.slice(-1))) return null;
  const known = registry.personEndingAt(comma);
  if (known !== null) return known;
  if (!FULL_NAME.test(segment)) return null;
  const speaker = registry.speakerFromPhrase(previousComma + 1, comma);
  return typeof speaker === "number" && registry.kindOf(speaker) === "person" ? speaker : null;
}

/**
 * The person whose name opens [start, end): a mention the registry holds, else a full name nobody
 * introduced before "of" or the end ("Tom Reeve of Saint Ora Hall"); null when none reads so.
 */
function personOpening(registry: EntityRegistry, start: number, end: number): number | null {
  const m = registry.mentions[registry.firstFrom(start)];
  if (m !== undefined && m.start === start && m.end <= end)
    return !m.ambiguous && registry.personOf(m) ? m.entity : null;
  const name = OPENING_FULL_NAME.exec(registry.text.body.slice(start, end));
  if (name === null) return null;
  const speaker = registry.speakerFromPhrase(start, start + name[0].length);
  return typeof speaker === "number" && registry.kindOf(speaker) === "person" ? speaker : null;
}

/** Two or three capitalised words opening a phrase, then "of", a comma or its end. */
const OPENING_FULL_NAME = /^[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?=\s+of\s|\s*$)/;

/** Capitalised words right after a preposition, up to the end of the text: "… by Anna Berg". */
export const OBJECT_OF_PREPOSITION =
  /\b(?:by|of|from|with|for|about|against|to|at|on|in|into|than)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*\p{Lu}[\p{L}.’'-]*$/u;

/**
 * "The report by Anna Berg, a researcher at KDI, said": the name before the appositive that
 * closes at the verb follows a preposition, so it is not the verb's subject.
 */
export function nameAfterPreposition(body: string, sStart: number, verbStart: number): boolean {
  const from = Math.max(sStart, verbStart - APPOSITIVE_REACH);
  const comma = commaBefore(body, from, verbStart);
  const previousComma = comma > from ? commaBefore(body, from, comma) : -1;
  if (previousComma <= sStart) return false;
  // Only a verb closing the appositive ("…, also said"): in "…at the Hall, a crowd booed, and the
  // League denounced it and said" the clause after the comma has a subject of its own.
  if (!VERB_GROUP_LEAD.test(body.slice(comma + 1, verbStart))) return false;
  return OBJECT_OF_PREPOSITION.test(
    body.slice(Math.max(sStart, previousComma - 80), previousComma),
  );
}

/** Up to two lowercase words between an appositive's closing comma and the verb. */
const VERB_GROUP_LEAD = /^\s*(?:\p{Ll}+\s+){0,2}$/u;

/** How far before a speech verb an appositive and the name before it may start. */
const APPOSITIVE_REACH = 240;

/** The last comma in [from, before), or -1. */
function commaBefore(body: string, from: number, before: number): number {
  for (let i = before - 1; i >= from; i -= 1) if (body.charCodeAt(i) === 44) return i;
  return -1;
}

/** Two capitalised words that cannot be a name's: "On Monday", "Late Tuesday", "The Ministry". */
const NOT_A_GIVEN_NAME = new Set(
  "The|A|An|On|In|At|By|For|From|With|After|Before|During|Last|Late|Early|Earlier|Later|This|That|These|Those|But|And|Yet|So|Meanwhile|However|Separately|Still|Also|Now|Then|Officials|Sources|Analysts|Experts|Observers|North|South|East|West|New|United|Prime|Vice|Deputy|Minister|President|Secretary|Director|Chief|Governor".split(
    "|",
  ),
);

/** Last words that make two capitalised words no person's name: a date, a place, a body or a post. */
const NOT_A_FAMILY_NAME: ReadonlySet<string> = new Set([
  ...CALENDAR_WORDS,
  ...PLACES,
  ..."States Kingdom Union Ministry Office House Party Bank Group Company Corporation Times Post News Minister President Secretary".split(
    " ",
  ),
]);

/**
 * Start of a Western two-word name ("Kenji Sato", "Maria Lopez") that ends at `end` and starts
 * the sentence or follows a punctuation mark, or -1.
 */
function unknownNameBefore(body: string, sStart: number, end: number): number {
  const familyStart = wordStartBack(body, sStart, end);
  if (familyStart === end || familyStart - 1 <= sStart || body.charCodeAt(familyStart - 1) !== 32) {
    return -1;
  }
  const givenStart = wordStartBack(body, sStart, familyStart - 1);
  if (givenStart === familyStart - 1) return -1;
  const lead = spaceStartBack(body, sStart, givenStart);
  if (lead > sStart && !SUBJECT_BOUNDARY_MARKS.includes(body[lead - 1]!)) return -1;
  const given = body.slice(givenStart, familyStart - 1);
  const family = body.slice(familyStart, end);
  if (!/^[A-Z][a-z]+$/.test(given) || !/^[A-Z][a-z]+$/.test(family)) return -1;
  if (NOT_A_GIVEN_NAME.has(given) || NOT_A_FAMILY_NAME.has(family)) return -1;
  return givenStart;
}

/** A capitalised word of a name: "Vint", "O'Hara", "Jr.", "Cobb-Hunter". */
const NAME_WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const MORE_NAMES = new RegExp(
  String.raw`^,\s(?:${NAME_WORD}\s){0,3}${NAME_WORD}(?:,\s(?:${NAME_WORD}\s){0,3}${NAME_WORD})*,?\sand\s\p{Lu}`,
  "u",
);

/**
 * Whether the phrase ending at `end` is the first name of a list (", Amos Vint and Lena Orrick"):
 * a quote a list signs has no one speaker, so none is given (a wrong one is worse than none).
 */
export function opensNameList(body: string, end: number): boolean {
  return MORE_NAMES.test(body.slice(end, end + 160));
}

/** The person of a surname or pronoun mention ending at `end` ("Choo, 58, said"; "He, however, said"). */
function surnameEndingAt(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  end: number,
): number | "ambiguous" | null {
  const found = registry.entityAt(wordStartBack(body, sStart, end));
  if (found === "ambiguous") return found;
  return found !== null && registry.kindOf(found) === "person" ? found : null;
}

export function antecedent(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  relativeAt: number,
): number | "ambiguous" | null {
  // Bounded look-back, as for subjects: a search to the body's start per verb was quadratic.
  const from = Math.max(sStart, relativeAt - SUBJECT_REACH);
  const whoIn = body.slice(from, relativeAt).lastIndexOf(" who");
  const who = whoIn < 0 ? -1 : from + whoIn;
  const upTo = who > sStart ? who : relativeAt;
  const found = nearestMention(registry, sStart, upTo);
  if (typeof found !== "number") return found;
  return standsBeforeRelative(registry, body, found, Math.max(sStart, upTo - SUBJECT_REACH), upTo)
    ? found
    : null;
}

export function nearestMention(
  registry: EntityRegistry,
  from: number,
  to: number,
): number | "ambiguous" | null {
  const start = Math.max(from, to - SUBJECT_REACH);
  const found = registry.entitiesIn(start, to);
  const people = found.filter(
    (e) => registry.kindOf(e) !== "place" && !onlyPossessor(registry, e, start, to),
  );
  if (people.length === 0) return null;
  const nearest = people[people.length - 1]!;
  // "The Vint campaign responded Friday, saying": the campaign, not Vint.
  const last = lastMentionOf(registry, nearest, start, to);
  const served = last === null ? undefined : personBodyAt(registry, last, last);
  return served === undefined ? nearest : served;
}

/** Where the last mention of `entity` in [start, end) starts, or null. */
function lastMentionOf(
  registry: EntityRegistry,
  entity: number,
  start: number,
  end: number,
): number | null {
  let last: number | null = null;
  for (let i = registry.firstFrom(start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.entity === entity && m.end <= end) last = m.start;
  }
  return last;
}

/**
 * Whether `entity` is named in [start, end) and every mention of it there is a possessor: in
 * "Henry Roe's biographers, Ann and Jo Vint, wrote" Roe owns the subject and is no speaker.
 */
export function onlyPossessor(
  registry: EntityRegistry,
  entity: number,
  start: number,
  end: number,
): boolean {
  const { body } = registry.text;
  let named = false;
  for (let i = registry.firstFrom(start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    // "his"/"her" name no one: a possessive determiner is a possessor too.
    if (m.entity !== entity || m.end > end || m.possessive) continue;
    if (!/^[’']s\b/.test(body.slice(m.end, m.end + 3))) return false;
    named = true;
  }
  return named;
}

export function phraseEndAfter(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && !/[,.;:—]/.test(body[i] ?? "")) i += 1;
  // An initial or initials ("G.", "G.K.": the second one's stop too) or an abbreviated title ("said Sen. Jane Roe") does not end the phrase.
  if (
    body[i] === "." &&
    ((/[A-Z]$/.test(body[i - 1] ?? "") && /[\s.][A-Z]$|^[A-Z]$/.test(body.slice(i - 2, i))) ||
      TITLE_ABBREVIATIONS.has(
        /(?:^|[^A-Za-z])([A-Za-z]+)$/.exec(body.slice(Math.max(0, i - 6), i))?.[1] ?? "",
      ))
  ) {
    return phraseEndAfter(body, i + 1, limit);
  }
  return i;
}
