// Attribution layer: attributions that close a sentence of unquoted content ("…, officials
// said.", "…, according to X.", "…, X reported.") and the outlets and unnamed sources they name.
import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { UNNAMED_SOURCE_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { isEnglishWord } from "../../english-lexicon.ts";
import { nameKey } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { isGivenName } from "../../person-names.ts";
import { spaceEnd, spaceStartBack, wordEndAt } from "../text-scan.ts";
import { accordingOutlet } from "./according-outlet.ts";
import { CONTINUING_PARTICIPLES } from "./cue-patterns.ts";
import type { Cue } from "./cue-reader.ts";
import { phraseEndAfter } from "./cue-subject.ts";
import { ADVERBIAL_AT, FINITE, PREPOSITIONS, trimContent } from "./reported-clause.ts";
import { titledNameStart } from "./titled-according-name.ts";

/** Words that open an adverbial or subordinate clause, never a reported statement. */
const NOT_A_STATEMENT_OPENER = new Set(
  "if|when|while|as|after|before|although|though|because|since|unless|until|once|speaking|asked|asking|in|on|at|during|for|with|by|from|to|like|unlike|despite|without|upon|according".split(
    "|",
  ),
);

/** "after the attacks.", "before the final vote.": when it was said, up to the sentence's end. */
const TIME_PHRASE_TO_END =
  /^(?:after|before|following)\s+(?:the|a|an|his|her|their|its|this|that)\s+(?:[\p{L}’'-]+\s+){0,2}[\p{L}’'-]+\s*[.!]?\s*$/u;

const MONTH_OR_WEEKDAY = new RegExp(`^(?:${[...CALENDAR_WORDS].join("|")})\\b`);

/**
 * The reported content before a trailing attribution whose phrase starts at `phraseStart` right
 * after a comma ("<content>, officials on both sides said."), when the attribution closes the
 * sentence (past an adverbial: "reported on Wednesday", or before a prepositional phrase:
 * "said, after six hours of talks"). Null when the content is not a statement of its own: led by
 * a preposition or subordinator, or holding another cue.
 */
export function trailingContent(
  body: string,
  sStart: number,
  sEnd: number,
  phraseStart: number,
  attributionEnd: number,
  cues: readonly Cue[],
  appositive = false,
): { start: number; end: number } | null {
  const comma = spaceStartBack(body, sStart, phraseStart);
  if (comma <= sStart || body.charCodeAt(comma - 1) !== 44) return null;
  if (cues.some((c) => c.verbStart < comma)) return null;
  if (!closesClause(body, attributionEnd, sEnd, appositive)) return null;
  const firstStart = spaceEnd(body, labelEnd(body, sStart, comma), comma);
  // `“Boots on the ground” would be right, Roe said.`: a clause may open with a quotation.
  const wordStart = isOpeningMark(body.charCodeAt(firstStart)) ? firstStart + 1 : firstStart;
  const first = body.slice(wordStart, wordEndAt(body, wordStart, comma)).toLowerCase();
  if (first.length === 0 || NOT_A_STATEMENT_OPENER.has(first)) return null;
  return trimContent(body, firstStart, comma - 1);
}

/**
 * End of a label opening a sentence — a kicker ("What Happened: ") or a dateline ("BRUSSELS
 * (Continental Wire) - "): capitalised words (and a parenthesis) before ": " or a dash within
 * the first 60 characters; `start` when there is none.
 */
export function labelEnd(body: string, start: number, limit: number): number {
  const end = Math.min(limit, start + 60);
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c === 58 || ((c === 45 || c === 0x2013 || c === 0x2014) && body.charCodeAt(i - 1) === 32))
      return body.charCodeAt(i + 1) === 32 && i > start ? i + 1 : start;
    if (c === 32 || c === 40 || c === 41) i += 1;
    else if (c >= 65 && c <= 90) i = wordEndAt(body, i, end);
    else return start;
  }
  return start;
}

/**
 * Whether only an adverbial, a prepositional phrase after a comma, or nothing follows `at` (or an
 * appositive of the speaker's name: "said Olaf Kessler, a spokesman for the Commission.").
 */
function closesClause(body: string, at: number, sEnd: number, appositive: boolean): boolean {
  let i = at;
  for (let guard = 0; guard < 3; guard += 1) {
    ADVERBIAL_AT.lastIndex = i;
    const m = ADVERBIAL_AT.exec(body);
    if (m === null || i + m[0].length > sEnd) break;
    i += m[0].length;
  }
  const rest = spaceEnd(body, i, sEnd);
  if (rest >= sEnd) return true;
  // "…, Roe said after the attacks.": a short phrase of time closing the sentence.
  if (TIME_PHRASE_TO_END.test(body.slice(rest, sEnd))) return true;
  const c = body.charCodeAt(rest);
  if (c === 46 || c === 33) return spaceEnd(body, rest + 1, sEnd) >= sEnd;
  if (c !== 44) return false;
  const nextStart = spaceEnd(body, rest + 1, sEnd);
  const next = body.slice(nextStart, wordEndAt(body, nextStart, sEnd));
  return (
    PREPOSITIONS.has(next) ||
    (appositive && (next === "a" || next === "an" || next === "the")) ||
    // "…, Kim said, adding that …": the participle's clause is the same speaker's second quote.
    (!appositive && CONTINUING_PARTICIPLES.has(next))
  );
}

/**
 * "…, said Olaf Kessler, a spokesman for the Commission." after a clause with no quotation: the
 * phrase after the verb speaks (a name nobody introduced is registered as "Jane Doe said" is) and
 * the clause before the comma is what they said. Fills `cue`; false when the form does not hold.
 */
export function invertedAfterClause(
  registry: EntityRegistry,
  body: string,
  sStart: number,
  sEnd: number,
  verbStart: number,
  verbEnd: number,
  cue: Cue,
): boolean {
  const phraseStart = spaceEnd(body, verbEnd, sEnd);
  if (phraseStart === verbEnd) return false;
  if (MONTH_OR_WEEKDAY.test(body.slice(phraseStart, phraseStart + 10))) return false;
  const phraseEnd = phraseEndAfter(body, phraseStart, sEnd);
  // A name, or an unnamed source without a verb of its own ("said a senior trade official").
  const described =
    isUnnamedSource(body, phraseStart, phraseEnd) && !hasFiniteVerb(body, phraseStart, phraseEnd);
  if (!described && !isCapitalisedName(body, phraseStart, phraseEnd)) return false;
  // The content must stand before the speaker is registered (no person from a non-quote).
  const probe = trailingContent(body, sStart, sEnd, verbStart, phraseEnd, [], true);
  if (probe === null) return false;
  const speaker = registry.speakerFromPhrase(phraseStart, phraseEnd);
  if (typeof speaker !== "number" || registry.kindOf(speaker) !== "person") return false;
  cue.speaker = speaker;
  cue.cueEnd = phraseEnd;
  return true;
}

/** Whether a word of body[start, end) is a finite verb or auxiliary ("the people would decide"). */
function hasFiniteVerb(body: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return true;
    if (FINITE.has(body.slice(i, wordEnd))) return true;
    i = spaceEnd(body, wordEnd, end);
  }
  return false;
}

/** Capitalised words only ("Olaf Kessler", "Continental Wire", "Politico Europe"), at most five. */
export function isCapitalisedName(body: string, start: number, end: number): boolean {
  let i = start;
  let words = 0;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c < 65 || c > 90) return false;
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return false;
    words += 1;
    i = spaceEnd(body, wordEnd, end);
    if (i === wordEnd && i < end) return false;
  }
  return words > 0 && words <= 5;
}

/** Adverbs between an outlet's name and "reported": "Harbourwatch first reported". */
const REPORTED_ADVERB = /\s+(?:first|originally|initially|also|previously|earlier)$/;

/**
 * The bare name of an outlet that is the subject of "reported" ("the Lakeside Ledger",
 * "Harbourwatch first"): the capitalised words without "the" and an adverb after them, or null
 * when the subject is no such name ("two aides", "Jane Roe's paper").
 */
export function reportingOutletName(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  const lead = /^[Tt]he\s+/.exec(body.slice(start, end));
  const nameStart = lead === null ? start : start + lead[0].length;
  const adverb = REPORTED_ADVERB.exec(body.slice(nameStart, end));
  const nameEnd = adverb === null ? end : end - adverb[0].length;
  if (nameEnd <= nameStart || !isCapitalisedName(body, nameStart, nameEnd)) return null;
  return { start: nameStart, end: nameEnd };
}

/**
 * The outlet an "X reported" cue names when nobody named it before: made an organisation, unless
 * its first word is a given name with no "the" before it ("Jane Roe reported": a correspondent,
 * left unknown; "The Phoenix reported" is an outlet) or it is one English word without "the"
 * ("Figures reported on Sunday suggest").
 */
export function newReportingOutlet(
  registry: EntityRegistry,
  body: string,
  outlet: { start: number; end: number },
): number | null {
  const name = body.slice(outlet.start, outlet.end);
  const first = /^\S+/.exec(name)?.[0] ?? "";
  // "The Phoenix reported": no person is named after "the", whatever its first word.
  const afterThe = /[Tt]he\s+$/.test(body.slice(outlet.start - 4, outlet.start));
  if (isGivenName(first) && !afterThe) return null;
  // "Figures reported on Sunday suggest …": one English word with no "the" before it is a
  // common noun capitalised as the sentence's first ("The Beacon", "Harbourwatch" are names).
  if (first === name && !afterThe && isEnglishWord(name.toLowerCase())) return null;
  return accordingOutlet(registry, outlet.start, outlet.end);
}

/**
 * The trailing "…, according to X." of a sentence: X's span when it runs to the sentence's end
 * (only its final punctuation after it) and the cue's start (the comma's next word).
 */
export function trailingAccording(
  body: string,
  sStart: number,
  sEnd: number,
): { cueStart: number; nameStart: number; nameEnd: number; contentStart: number | null } | null {
  const at = body.lastIndexOf(", according to ", sEnd);
  if (at < sStart) return null;
  const nameStart = at + ", according to ".length;
  let nameEnd = sEnd;
  while (nameEnd > nameStart && /[\s.!?”"]/.test(body[nameEnd - 1] ?? "")) nameEnd -= 1;
  // "… victims (the toll was “far lower,” according to Dockwatch).": the aside in brackets is
  // the name's, from its bracket on.
  const bracket = body[nameEnd - 1] === ")" ? body.lastIndexOf("(", at) : -1;
  if (bracket >= sStart) {
    nameEnd -= 1;
    while (nameEnd > nameStart && /[\s.!?”"]/.test(body[nameEnd - 1] ?? "")) nameEnd -= 1;
  }
  if (nameEnd <= nameStart) return null;
  for (let i = nameStart; i < nameEnd; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 44 || c === 59 || c === 0x201c || c === 34) return null;
  }
  // "according to the Korea Customs Service.": the name without its article.
  let name = body.startsWith("the ", nameStart) ? nameStart + 4 : nameStart;
  // "according to campaign manager Ada Lund.": the name after a lowercase title.
  if (!isCapitalisedName(body, name, nameEnd))
    name = titledNameStart(body, nameStart, nameEnd) ?? name;
  if (!isCapitalisedName(body, name, nameEnd) && !isUnnamedSource(body, nameStart, nameEnd))
    return null;
  return {
    cueStart: at + 2,
    nameStart: name,
    nameEnd,
    contentStart: bracket >= sStart ? bracket + 1 : null,
  };
}

/**
 * The outlet or source of a trailing "according to": the entity the registry knows by the whole
 * name ("Reuters"), a person by their surname, an unnamed source, or null (unknown speaker) —
 * never a shorter name inside it ("Politico" for "Politico Europe") and never a person made of an
 * outlet's name.
 */
export function outletSpeaker(
  registry: EntityRegistry,
  body: string,
  nameStart: number,
  nameEnd: number,
): number | "ambiguous" | null {
  const unnamed = isUnnamedSource(body, nameStart, nameEnd);
  const speaker = registry.speakerFromPhrase(nameStart, nameEnd, unnamed);
  // "…, according to Harbourwatch.": a bare name nobody read is the outlet.
  if (speaker === null && !unnamed) return accordingOutlet(registry, nameStart, nameEnd);
  if (typeof speaker !== "number" || unnamed) return speaker;
  if (nameKey(registry.nameOf(speaker)) === nameKey(body.slice(nameStart, nameEnd))) return speaker;
  // "…, according to The Norland Wire.": a capitalised "The" opens the phrase (the lowercase one
  // is cut before), and the registry knows the organisation without it.
  if (
    registry.kindOf(speaker) === "organization" &&
    body.startsWith("The ", nameStart) &&
    nameKey(registry.nameOf(speaker)) === nameKey(body.slice(nameStart + 4, nameEnd))
  )
    return speaker;
  // "…, reported the Ohio Sentinel.": the place opening the name is not who reports.
  if (registry.kindOf(speaker) === "place") {
    const outlet = accordingOutlet(registry, nameStart, nameEnd);
    if (outlet !== null) return outlet;
  }
  // "…, according to Gonzalez.": the surname mention of a person the article named.
  return registry.kindOf(speaker) === "person" && registry.entityAt(nameStart) === speaker
    ? speaker
    : null;
}

/**
 * The person known by this whole name: named anywhere in the article, or met as an earlier
 * speaker ("Jane Roe said …"); else null. Read only at an "X reported" cue whose X the registry
 * did not resolve there.
 */
export function knownPerson(
  registry: EntityRegistry,
  speakers: ReadonlySet<number>,
  name: string,
): number | null {
  const key = nameKey(name);
  const isNamed = (e: number) =>
    registry.kindOf(e) === "person" && nameKey(registry.nameOf(e)) === key;
  for (const e of registry.mentionedEntities()) if (isNamed(e)) return e;
  for (const e of speakers) if (isNamed(e)) return e;
  return null;
}

/** "two EU officials familiar with the talks": lowercase-led, a source noun among its first words. */
export function isUnnamedSource(body: string, start: number, end: number): boolean {
  const c = body.charCodeAt(start);
  if (c < 97 || c > 122) return false;
  let i = start;
  for (let n = 0; n < 5 && i < end; n += 1) {
    const wordEnd = wordEndAt(body, i, end);
    if (wordEnd === i) return false;
    if (UNNAMED_SOURCE_NOUNS.has(body.slice(i, wordEnd))) return true;
    i = spaceEnd(body, wordEnd, end);
  }
  return false;
}

function isOpeningMark(c: number): boolean {
  return c === 0x201c || c === 34;
}
