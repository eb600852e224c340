import type { DateReference } from "@parallax/core";
import { HOLDING_VERBS } from "../../../lexicons/event-words.ts";
import {
  AUXILIARY_VERBS,
  CLAUSE_OPENING_WORDS,
  DEPENDENT_DETERMINERS,
  FINITE_AUXILIARY_VERBS,
  FORMS_OF_BE,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { datedVerbAt } from "./day-doers.ts";
import { dateVerb, withoutQuotations } from "./day-values.ts";
import { perDayPlace } from "./per-day-place.ts";

/* What was made public, by its common noun: "issued a statement Tuesday" and "the order released
 * Friday" date two things put out, not one happening told twice (issue 12, conflict audit: days of
 * two releases of one campaign set against each other). day-doers.ts reads named patients only.
 * Only the class of making public (lexicons/event-words.ts): its object is what the happening is,
 * while one person taken or hurt is named by many nouns ("the suspect", "a man", "the gunman").
 * A passive's subject is the thing too ("the book was released Tuesday"), and a clause object is
 * news told, not a noun's thing ("announced it had pulled out"): issue 12, 3 of 14 false date rows
 * of the audit's extra wide build half were such pairs. */

/** The happening of making something public ("announced", "issued", "released", "unveiled"). */
const MAKE_PUBLIC = happeningKey("announce");

/** The most words a noun phrase's modifiers and head may take after its determiner. */
const PHRASE_WORDS = 4;

/** Possessives before a noun: "her campaign released" is that campaign's doing, not a thing done. */

const word = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/**
 * The head noun of the dated verb's object ("issued a formal statement Sunday" → statement;
 * "announced his endorsement of Vint" → endorsement): a determiner right after the verb, then
 * lower-case words up to a preposition, punctuation, a capitalised word (a name, the day) or a
 * participle after the head ("a memo titled …"). Null when the verb takes no such phrase.
 */
function objectHead(after: string): string | null {
  const tokens = after.split(/\s+/).filter(Boolean);
  if (!DEPENDENT_DETERMINERS.has(word(tokens[0] ?? "").toLowerCase())) return null;
  const phrase: string[] = [];
  for (const token of tokens.slice(1, PHRASE_WORDS + 2)) {
    const w = word(token);
    // A hyphenated modifier is a word of the phrase ("a semi-open primary", "a two-page memo").
    if (!/^\p{Ll}+(?:-\p{Ll}+)*$/u.test(w) || PREPOSITIONS.has(w)) break;
    if (phrase.length > 0 && /(?:ed|ing)$/u.test(w)) break;
    phrase.push(w);
    if (w !== token) break;
  }
  if (phrase.length === 0 || phrase.length > PHRASE_WORDS) return null;
  return phrase.at(-1) ?? null;
}

/** Between a participle and its day: nothing, or its doer ("issued by the harbour board late"). */
const BETWEEN_PARTICIPLE_AND_DAY =
  /^\s*(?:by\s+(?:[\p{L}'’.-]+\s+){1,4})?(?:on\s+|late\s+|early\s+)?$/iu;

/**
 * The noun a participle right before the day describes ("a new poll released Monday" → poll;
 * "the order released Friday said" → order; "a statement issued by the board late Friday" →
 * statement): a lower-case noun before the participle, not after a
 * possessive ("the figures her campaign released Friday": the campaign released them).
 */
function describedHead(before: string, participle: string, between: string): string | null {
  if (!/(?:ed|en)$/u.test(participle) || !BETWEEN_PARTICIPLE_AND_DAY.test(between)) return null;
  const all = before.split(/\s+/).filter(Boolean);
  const tokens = passiveSubject(all) ?? all;
  const noun = tokens.at(-1) ?? "";
  const ahead = word(tokens.at(-2) ?? "").toLowerCase();
  // A passive's subject is the thing made public whoever owns it ("her book was released").
  const owned = tokens === all && POSSESSIVE_DETERMINERS.has(ahead);
  if (!/^\p{Ll}+$/u.test(noun) || owned) return null;
  if (FORMS_OF_BE.has(noun) || PRONOUNS.has(noun) || PREPOSITIONS.has(noun)) return null;
  if (DEPENDENT_DETERMINERS.has(noun)) return null;
  return noun;
}

/** The most words of a name set off by commas between a passive's subject and its verb. */
const APPOSITION_WORDS = 8;

/**
 * The words up to a passive participle's subject, when a passive or its verb series stands before
 * the participle: "the book was released" → … book; "figures that were released" → … figures;
 * "the interview taped and released" → … interview; "the book, Tide Tables, was released" →
 * … book (a name between commas set aside). Null when no form of "be" or series stands there.
 */
function passiveSubject(tokens: readonly string[]): readonly string[] | null {
  let end = tokens.length;
  const at = (i: number) => word(tokens[i] ?? "").toLowerCase();
  const start = end;
  while (end > 0 && AUXILIARY_VERBS.has(at(end - 1)) && at(end - 1) !== "not") end -= 1;
  const passive = end < start && FORMS_OF_BE.has(at(start - 1));
  // "taped and released": the participle is the second of a series on one subject.
  const series = !passive && at(end - 1) === "and" && /(?:ed|en)$/u.test(at(end - 2)) && end >= 3;
  if (series) end -= 2;
  else if (!passive) return null;
  // "figures that were released": the relative word opening the clause stands for the subject.
  const relative = CLAUSE_OPENING_WORDS.has(at(end - 1));
  if (relative) end -= 1;
  // "the book, Tide Tables, was released": back over a name set off by commas.
  if (!relative && /,$/u.test(tokens[end - 1] ?? "")) {
    for (let i = end - 2; i >= Math.max(0, end - 1 - APPOSITION_WORDS); i -= 1)
      if (/,$/u.test(tokens[i] ?? "")) {
        end = i + 1;
        break;
      }
  }
  const kept = tokens.slice(0, end);
  const last = kept.at(-1);
  if (last !== undefined) kept[kept.length - 1] = last.replace(/,$/u, "");
  return kept;
}

/** The common noun of what the verb a day dates was done to, lower case; null when none is read. */
export function datedThing(unit: AlignUnit, date: DateReference): string | null {
  const verb = datedVerbAt(unit, date);
  if (verb === null) return null;
  const from = date.span.start - unit.span.start;
  const written = unit.text.slice(verb.at, verb.end);
  if (verb.end <= from) {
    const described = describedHead(
      unit.text.slice(0, verb.at),
      written,
      unit.text.slice(verb.end, from),
    );
    if (described !== null) return described;
  }
  const object = objectHead(unit.text.slice(verb.end));
  if (object !== null) return object;
  const to = date.span.end - unit.span.start;
  // The day between the verb and its object ("announcing on Friday she would run") is set aside.
  const after =
    verb.end <= from && /^\s*(?:on\s+)?$/iu.test(unit.text.slice(verb.end, from))
      ? unit.text.slice(to)
      : unit.text.slice(verb.end);
  return toldClause(after) ? TOLD_CLAUSE : null;
}

/**
 * What `datedThing` gives when the verb's object is a clause ("announced it had pulled out",
 * "announcing he would meet the board"): news told, not a thing named by a noun.
 */
export const TOLD_CLAUSE = "(a clause)";

/**
 * Whether a clause with a pronoun subject and its finite verb follows ("it had pulled out", "that
 * she would run", "he resigned"): the object of making public is news, not a document.
 */
function toldClause(after: string): boolean {
  const tokens = after.split(/\s+/).filter(Boolean).map(word);
  const start = tokens[0]?.toLowerCase() === "that" ? 1 : 0;
  const subject = tokens[start] ?? "";
  const verb = (tokens[start + 1] ?? "").toLowerCase();
  if (!SUBJECT_PRONOUNS.has(subject.toLowerCase())) return false;
  return FINITE_AUXILIARY_VERBS.has(verb) || /^\p{Ll}+ed$/u.test(verb);
}

/** The most words from an indefinite article to the participle that describes its noun. */
const INDEFINITE_REACH = 8;

/**
 * Whether the thing a participle right before the day describes is brought in by "a"/"an" ("A
 * poll from the Velden Institute released Wednesday"; "in a new Courier survey released Sunday"):
 * an indefinite noun phrase introduces one more such thing, not the one another outlet dates.
 * Read within the clause: back from the participle to the nearest determiner not after a
 * preposition, no punctuation between.
 */
function indefiniteThing(unit: AlignUnit, date: DateReference): boolean {
  const verb = datedVerbAt(unit, date);
  if (verb === null) return false;
  const from = date.span.start - unit.span.start;
  if (verb.end > from || !/(?:ed|en)$/u.test(unit.text.slice(verb.at, verb.end))) return false;
  if (!BETWEEN_PARTICIPLE_AND_DAY.test(unit.text.slice(verb.end, from))) return false;
  const clause =
    unit.text
      .slice(0, verb.at)
      .split(/[,;:.!?"“”()—]/u)
      .at(-1) ?? "";
  const tokens = clause.split(/\s+/).filter(Boolean).slice(-INDEFINITE_REACH);
  const indefinite = (w: string) => w === "a" || w === "an";
  // "a poll from the institute": a determiner after a preposition opens the noun's complement,
  // unless no determiner stands before it ("in a new survey released Sunday").
  let afterPreposition: string | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const w = (tokens[i] ?? "").toLowerCase();
    if (FORMS_OF_BE.has(w)) break;
    if (!DEPENDENT_DETERMINERS.has(w) && !POSSESSIVE_DETERMINERS.has(w)) continue;
    if (!PREPOSITIONS.has((tokens[i - 1] ?? "").toLowerCase())) return indefinite(w);
    afterPreposition ??= w;
  }
  return afterPreposition !== null && indefinite(afterPreposition);
}

/** A noun and its plural in -s as one word. */
const stem = (noun: string) => noun.replace(/s$/u, "");

/**
 * Whether two days are given for two things made public, each named by a common noun ("issued a
 * statement Tuesday" / "the order released Friday"; "a poll released Saturday" / "announced his
 * endorsement on Sunday"). Not when one statement writes the other's noun ("released the report
 * Friday" / "the statement on the report issued Monday": one may be the other's). Always when
 * either thing is brought in by "a"/"an" ("a new survey released Monday": one more survey).
 */
export function thingsDiffer(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const left = thingOf(a, x);
  const right = thingOf(b, y);
  if (left.held && right.held) return heldApart(a, left, b, right);
  if (!left.public || !right.public) return false;
  if (left.indefinite || right.indefinite) return true;
  const p = left.thing;
  const q = right.thing;
  if (p === null || q === null || stem(p) === stem(q)) return false;
  // News told in a clause against a thing named by a noun ("announced it would withdraw" /
  // "the ruling released Friday"): two things made public, unless the clause's statement names
  // the noun's thing too ("announced in a statement Friday that it would withdraw").
  if (p === TOLD_CLAUSE) return !writes(a, q);
  if (q === TOLD_CLAUSE) return !writes(b, p);
  return !(writes(a, q) || writes(b, p));
}

/**
 * Whether two days of holding (lexicons/event-words.ts HOLDING_VERBS) date two things held, each
 * named by its common noun: "the only state holding a primary Thursday" / "Lund held a rally on
 * Tuesday night" are a vote and a rally, not one happening told with two days (issue 12, PolNeAR
 * pseudo-story perturbation, build half: such a pair was reported as the injected date conflict).
 * Not when a side names no noun (a clause, or no object read), nor when one statement writes the
 * other's noun. Two things each brought in by "a"/"an" are two as well.
 */
function heldApart(a: AlignUnit, left: DatedPublic, b: AlignUnit, right: DatedPublic): boolean {
  const p = left.thing;
  const q = right.thing;
  if (p === null || q === null || p === TOLD_CLAUSE || q === TOLD_CLAUSE) return false;
  // "Vint held a rally Saturday" / "Vint held a rally at the harbour on Tuesday night": each
  // outlet brings in one more rally of a campaign that holds them daily, not the one the other
  // dates (the same build case, once the primary was set apart).
  if (left.indefinite && right.indefinite) return true;
  if (stem(p) === stem(q)) return false;
  return !(writes(a, q) || writes(b, p));
}

/** Whether the dated verb's object opens with "a"/"an" ("held a rally Saturday"). */
function indefiniteObject(unit: AlignUnit, date: DateReference): boolean {
  const verb = datedVerbAt(unit, date);
  if (verb === null) return false;
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  // The day between the verb and its object ("held on Saturday a rally") is set aside.
  const after =
    verb.end <= from && /^\s*(?:on\s+)?$/iu.test(unit.text.slice(verb.end, from))
      ? unit.text.slice(to)
      : unit.text.slice(verb.end);
  return /^\s*an?\s/iu.test(after);
}

/**
 * What `thingsDiffer` reads of one side: whether its day dates a making public or a holding, and
 * of what.
 */
type DatedPublic = { public: boolean; held: boolean; indefinite: boolean; thing: string | null };

/**
 * One side's reading, once per text and day (per-day-place.ts): a happening's days are set against
 * each other pair by pair, and a large story repeats each text across outlets.
 */
const thingOf = perDayPlace((unit, date): DatedPublic => {
  const verb = dateVerb(unit, date);
  if (verb !== null && HOLDING_VERBS.has(verb))
    return {
      public: false,
      held: true,
      indefinite: indefiniteObject(unit, date),
      thing: datedThing(unit, date),
    };
  return verb !== null && happeningKey(verb) === MAKE_PUBLIC
    ? {
        public: true,
        held: false,
        indefinite: indefiniteThing(unit, date),
        thing: datedThing(unit, date),
      }
    : NOT_PUBLIC;
});

const NOT_PUBLIC: DatedPublic = { public: false, held: false, indefinite: false, thing: null };

/**
 * Whether a statement writes a noun, alone or in the plural, outside its quotations: quoted words
 * are what someone said ("“Nothing in the statement shows the pier can take ferries,” the ruling
 * released Friday said"), not the outlet naming a thing made public (issue 12, conflict audit,
 * extra wide build half). Read once per text and noun.
 */
function writes(unit: AlignUnit, noun: string): boolean {
  const known = writtenOfText(unit);
  let written = known.get(noun);
  if (written === undefined) {
    written = new RegExp(`(?<![\\p{L}])${stem(noun)}s?(?![\\p{L}])`, "iu").test(
      withoutQuotations(unit.text),
    );
    known.set(noun, written);
  }
  return written;
}

const writtenOfText = perText(() => new Map<string, boolean>());
