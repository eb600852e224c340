import type { DateReference } from "@parallax/core";
import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { FORMS_OF_BE, PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { ORDINAL_WORDS } from "../../../lexicons/ordinal-words.ts";
import { PLACE_NAMES } from "../../../lexicons/places.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventVerb } from "../../events/event-triggers.ts";
import { lastWordBefore } from "../../last-word.ts";
import { type ConflictContext, clauseAround } from "../guards.ts";
import { PASSIVE_BEFORE } from "../negation/actor.ts";
import { dateVerb, verbsIn } from "./day-values.ts";
import { doerBeforeClause } from "./doer-before-clause.ts";
import { perDayPlace } from "./per-day-place.ts";
import { reportedItDoer } from "./reported-doer.ts";
import { subordinateDoer } from "./subordinate-doer.ts";
import { CAPITALISED, namesIn } from "./written-names.ts";

/* Who did what a day dates, and which of several alike happenings it is: two days of one happening
 * are given for one doer's one happening (issue 12: "Knight campaigned with Vint on Wednesday" and
 * "MSNBC aired the debate on Thursday" date no happening of "Vint's campaign" twice). */

/** The one class of verbs of one happening whose subjects are its two sides: who died, who killed. */
const DYING = eventVerb("die");

/** The longest opening phrase a day may stand in and still date the clause after its comma. */
const OPENING = 48;

/**
 * The clause a day dates, as its text and where it starts in the statement's text: the clause
 * around it, or, for a day in the sentence's opening phrase set off by a comma ("On Friday, the
 * board voted"), the clause after that comma.
 */
function datedClause(unit: AlignUnit, date: DateReference): { text: string; start: number } | null {
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  if (from < 0 || to > unit.text.length) return null;
  const lead = unit.text.slice(0, from);
  const comma = unit.text.indexOf(",", to);
  if (lead.length <= OPENING && !/[,;:]/.test(lead) && comma >= 0 && comma - to <= OPENING) {
    const at = unit.span.start + comma + 1;
    const next = clauseAround(unit, at, at);
    return next === null ? null : { text: next.after, start: comma + 1 };
  }
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (clause === null) return null;
  return {
    text: `${clause.before}${date.text}${clause.after}`,
    start: from - clause.before.length,
  };
}

/**
 * The names written in a clause before its first verb, by their last word, lower case: its subject
 * when a name is the subject ("Two Harbour Committees on Monday asked" → committees; "Ada Lund,
 * the mayor, opened" → lund). Empty when the subject is a pronoun or a common noun, when the clause
 * is passive (its subject is done to: "Lund was joined by her aides"), and never a name after a
 * preposition ("in Harbour City"), a weekday or month, nor a common word capitalised only because
 * it opens the sentence ("Democratic candidates Ada Lund and Ivo Vint" → lund, vint).
 */
export function subjectNames(
  clause: string,
  /** Words of names the statement is known to hold: one opening the sentence is a name after all. */
  nameWords: ReadonlySet<string> = new Set(),
  /** The verb the day dates: the clause's subject is its doer only when it is the clause's first verb. */
  datedVerb: string | null = null,
): readonly string[] {
  const first = verbsIn(clause)[0];
  // "Ada Lund won 45 percent in a poll released Thursday": Lund did not release the poll.
  if (first !== undefined && first !== datedVerb) return [];
  const key = `${[...nameWords].sort().join(" ")}|${clause}`;
  let names = subjectNamesOf.get(key);
  if (names === undefined) {
    if (subjectNamesOf.size >= 10_000) subjectNamesOf.clear();
    names = readSubjectNames(clause, nameWords);
    subjectNamesOf.set(key, names);
  }
  return names;
}

// Read once per clause: the day checks ask it for every pair of dated statements that reach it,
// and it reads the clause's verbs word by word.
const subjectNamesOf = new Map<string, readonly string[]>();

function readSubjectNames(clause: string, nameWords: ReadonlySet<string>): readonly string[] {
  const subject = beforeFirstVerb(clause);
  return subject === null ? [] : namesIn(subject, nameWords);
}

/**
 * The clause's words before its first verb (names are never read as verbs),
 * the whole clause when it has none; null when that verb is a passive's ("was joined", "has been
 * asked"): its subject is who it was done to.
 */
function beforeFirstVerb(clause: string): string | null {
  const verb = verbsIn(clause)[0];
  if (verb === undefined) return clause;
  // Where the verb is written: the first lower-case word spelled as its lemma starts, or read as it
  // alone ("made" → make).
  for (const word of clause.matchAll(/[\p{L}'’-]+/gu)) {
    const written = word[0];
    if (/^\p{Lu}/u.test(written)) continue;
    const lower = written.toLowerCase();
    if (!lower.startsWith(verb.slice(0, 3)) && verbsIn(lower)[0] !== verb) continue;
    const before = clause.slice(0, word.index ?? 0);
    const previous = /([\p{L}'’]+)\s+(?:\p{L}+ly\s+)?$/u.exec(before)?.[1]?.toLowerCase();
    if (previous !== undefined && FORMS_OF_BE.has(previous) && /(?:ed|en)$/u.test(lower))
      return null;
    return before;
  }
  return null;
}

/**
 * Whether two days are given for what two different named doers did: each day's clause has a name
 * as its subject and they share none ("Ada Lund spoke in Harbour City on Monday" / "Ivo Vint spoke
 * there on Thursday"). A pronoun or common noun as subject ("he", "the board") says nothing.
 */
export function doersDiffer(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  context: ConflictContext,
): boolean {
  // Two verbs of one happening may take its sides as subjects ("Ada Lund died" / "Vint killed
  // Ada Lund"): doers are compared for one verb, for verbs of two happenings, or for two verbs of
  // a class whose verbs all take one side as subject ("Vint won Velden" / "Lund beat Vint": two
  // winners, two contests; issue 12, conflict audit, extra wide build half).
  const va = dateVerb(a, x);
  const vb = dateVerb(b, y);
  const oneClass = va !== vb && va !== null && vb !== null && eventVerb(va) === eventVerb(vb);
  if (oneClass && eventVerb(va) === DYING) return false;
  const p = doers(a, x, context);
  if (p.length === 0) return false;
  const q = new Set(doers(b, y, context));
  return q.size > 0 && !p.some((name) => q.has(name));
}

/**
 * The names of who did what a day dates: the subject of its clause, or, when the clause opens on
 * the dated verb after a comma, the doer named before it ("Ada Lund, who endorsed the plan on
 * Thursday"; "Ivo Vint, the party chairman, called the vote a sham on Monday").
 */
function doers(unit: AlignUnit, date: DateReference, context: ConflictContext): readonly string[] {
  const clause = datedClause(unit, date);
  if (clause === null) return [];
  const nameWords = nameWordsOf(unit, context);
  const verb = dateVerb(unit, date);
  const names = subjectNames(clause.text, nameWords, verb);
  if (names.length > 0 || verb === null) return names;
  if (verbsIn(clause.text)[0] !== verb) {
    // "left in the race after rival Ivo Vint dropped out Tuesday" (subordinate-doer.ts).
    const at = datedVerbAt(unit, date);
    const opened =
      at === null || at.at < clause.start
        ? []
        : subordinateDoer(unit.text.slice(clause.start, at.at), nameWords);
    if (opened.length > 0) return opened;
    // "the Tax Office disclosed that it asked … Friday": the body reports its own act.
    return reportedItDoer(clause.text, verb, nameWords);
  }
  const subject = beforeFirstVerb(clause.text);
  if (subject === null) return [];
  return doerBeforeClause(unit.text.slice(0, clause.start), subject, date.text, nameWords);
}

/** The words of the names of the story's entities a statement holds. */
function nameWordsOf(unit: AlignUnit, context: ConflictContext): Set<string> {
  const words = new Set<string>();
  for (const id of unit.entities)
    for (const word of context.entityName(id).split(/\s+/)) if (word) words.add(word);
  return words;
}

/** The ordinal words of a clause ("second-place finish" → second; "the 2nd round" → 2nd). */
function ordinalsIn(clause: string): Set<string> {
  const found = new Set<string>();
  for (const match of clause.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu))
    if (ORDINAL_WORDS.has(match[0]) || /^\d+(?:st|nd|rd|th)$/.test(match[0])) found.add(match[0]);
  return found;
}

/**
 * Whether the two days' clauses number what they date differently ("his second-place finish was
 * on Tuesday" / "a first-place finish on Saturday"; "the fifth debate on Thursday" / "the fourth
 * debate on Sunday"): two of a series, each on its own day.
 */
export function ordinalsDiffer(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const left = datedClause(a, x);
  const right = datedClause(b, y);
  if (left === null || right === null) return false;
  const p = ordinalsIn(left.text);
  const q = ordinalsIn(right.text);
  return p.size > 0 && q.size > 0 && ![...p].some((w) => q.has(w));
}

/**
 * Where the verb a day dates is written (an offset into the statement's text): the last word
 * before the day in its clause spelled as the verb's lemma starts or read as it alone ("joined",
 * "made" → make), else the first such word after the day in the clause, else the last before it
 * or the first after it in the statement. Null when none is found.
 */
export function datedVerbAt(
  unit: AlignUnit,
  date: DateReference,
): { at: number; end: number } | null {
  const verb = dateVerb(unit, date);
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (verb === null || clause === null) return null;
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  const spelled = (word: string) => {
    const lower = word.toLowerCase();
    return (
      !/^\p{Lu}/u.test(word) && (lower.startsWith(verb.slice(0, 3)) || verbsIn(lower)[0] === verb)
    );
  };
  const beforeStart = from - clause.before.length;
  const before = [...clause.before.matchAll(/[\p{L}'’-]+/gu)].filter((m) => spelled(m[0])).at(-1);
  if (before) {
    const at = beforeStart + (before.index ?? 0);
    return { at, end: at + before[0].length };
  }
  const after = [...clause.after.matchAll(/[\p{L}'’-]+/gu)].find((m) => spelled(m[0]));
  if (after) {
    const at = to + (after.index ?? 0);
    return { at, end: at + after[0].length };
  }
  // As `dateVerb` reads it past its clause: a place's commas before the day ("joined by her aides,
  // Ivo Vint and Bo Knell, on Monday"), the clause after a fronted day ("On Friday, he joined").
  const earlier = [...unit.text.slice(0, from).matchAll(/[\p{L}'’-]+/gu)]
    .filter((m) => spelled(m[0]))
    .at(-1);
  const later = [...unit.text.slice(to).matchAll(/[\p{L}'’-]+/gu)].find((m) => spelled(m[0]));
  const found = earlier ?? later;
  if (!found) return null;
  const at = (earlier ? 0 : to) + (found.index ?? 0);
  return { at, end: at + found[0].length };
}

/** A participle right after a common noun and right before the day or a preposition: "the poll released Monday". */
const NOUN_BEFORE = /(?:^|\s)(?:the|a|an|its|their|his|her|this|that)\s+([^,;:]*?)\s*$/iu;

/**
 * The name of the one the dated verb is done to, by its last word, lower case: the passive's
 * subject ("Lund was joined by her aides"), the active's object ("Vint joined the Harbour
 * Republicans"), or the names of the noun a participle describes ("the latest Harbour Post poll
 * released Monday" → post). Null when no name is read. Read once per text and day
 * (per-day-place.ts): a happening's days are set against each other pair by pair.
 */
export const datedPatient: (unit: AlignUnit, date: DateReference) => string | null =
  perDayPlace(readDatedPatient);

function readDatedPatient(unit: AlignUnit, date: DateReference): string | null {
  const verb = datedVerbAt(unit, date);
  if (verb === null) return null;
  const before = unit.text.slice(0, verb.at);
  const previous = lastWordBefore(unit.text, verb.at, true) ?? "";
  const nextDay = date.span.start - unit.span.start >= verb.end;
  // A participle describing the noun before it: nothing but the day or a preposition after it.
  if (
    /^\p{Ll}+$/u.test(previous) &&
    !FORMS_OF_BE.has(previous) &&
    !PRONOUNS.has(previous) &&
    /(?:ed|en)$/u.test(unit.text.slice(verb.at, verb.end)) &&
    nextDay &&
    /^\s*(?:on\s+|late\s+|early\s+)?$/iu.test(
      unit.text.slice(verb.end, date.span.start - unit.span.start),
    )
  ) {
    const phrase = NOUN_BEFORE.exec(before)?.[1] ?? "";
    const names = [...phrase.matchAll(CAPITALISED)]
      .map((m) => m[0])
      .filter((w) => !PLACE_NAMES.has(w));
    return names.at(-1)?.toLowerCase() ?? null;
  }
  // A passive's subject opening the sentence ("Lund was joined by …"), which `patientAt` leaves.
  if (PASSIVE_BEFORE.test(before)) {
    const clauseStart = Math.max(before.lastIndexOf(","), before.lastIndexOf(";")) + 1;
    const subject = before.slice(clauseStart).replace(PASSIVE_BEFORE, "");
    return namesIn(subject, new Set()).at(-1) ?? null;
  }
  // The active's object: a name right after the verb past a few lower-case words, none of them a
  // preposition ("joined the Harbour Republicans"; not "spoke to voters in Velden": where, or to
  // whom it was said), nor a possessive ("joined Lund's aides").
  const match = OBJECT_NAME_AFTER.exec(unit.text.slice(verb.end));
  if (!match) return null;
  const described =
    match[0]
      .slice(0, match[0].length - (match[1] ?? "").length)
      .toLowerCase()
      .match(/[\p{L}'’-]+/gu) ?? [];
  const name = match[1] ?? "";
  const last = name.split(/\s+/).at(-1) ?? "";
  if (
    described.some((w) => PREPOSITIONS.has(w)) ||
    /^['’]/u.test(unit.text.slice(verb.end + match[0].length)) ||
    CALENDAR_WORDS.has(last) ||
    PLACE_NAMES.has(last) ||
    PRONOUNS.has(last.toLowerCase())
  )
    return null;
  return last.toLowerCase();
}

/** A name right after a verb, past up to four lower-case words ("joined the Harbour Republicans"). */
const OBJECT_NAME_AFTER =
  /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;

/**
 * Whether two days are given for what was done to two different named people or things: each
 * dated verb's patient is named and they differ ("Lund was joined by her aides on Monday" / "Vint
 * joined the Harbour Republicans on Friday"; "the Harbour Post poll released Monday" / "the
 * Velden Courier poll released Thursday"). Not when each statement names the other's ("Lund
 * married Vint on Friday" / "Vint married Lund on Saturday": one wedding told from each side), nor
 * when one is a story place's name.
 */
export function patientsDiffer(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  context: ConflictContext,
): boolean {
  // One verb's object and passive subject only: two verbs of one happening place its sides
  // differently ("beat the Harriers" / "carried the Rovers over the Harriers").
  if (dateVerb(a, x) !== dateVerb(b, y)) return false;
  const p = datedPatient(a, x);
  const q = datedPatient(b, y);
  if (p === null || q === null || p === q) return false;
  // A place may stand for a side or body named otherwise ("overcame Velden 31-24" / "beat the
  // Velden Harriers"): a name of a story place is no patient of its own.
  const places = new Set<string>();
  for (const id of [...a.entities, ...b.entities])
    if (context.isPlace?.(id))
      for (const w of context.entityName(id).split(/\s+/)) places.add(w.toLowerCase());
  if (places.has(p) || places.has(q)) return false;
  const names = (unit: AlignUnit, name: string) =>
    new RegExp(
      `(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}(?![\\p{L}])`,
      "iu",
    ).test(unit.text);
  return !(names(b, p) && names(a, q));
}
