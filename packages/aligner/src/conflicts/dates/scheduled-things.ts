import type { DateReference } from "@parallax/core";
import {
  DEPENDENT_DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
} from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import type { AlignUnit } from "../../align/units.ts";
import { happeningKey } from "../happenings/verbs.ts";
import { datedVerbAt } from "./day-doers.ts";
import { dateVerb } from "./day-values.ts";

/* What is scheduled: "Ada Lund is scheduled for Saturday" books a person (a speaking slot), "the
 * two votes scheduled for March 18" books votes; their days are of two bookings, not one happening
 * dated twice (issue 12, conflict audit: a speaker's slot set against primaries scheduled). */

/** The happening of scheduling ("scheduled", "slated" when read so). */
const SCHEDULE = happeningKey("schedule");

/** Between the participle and its day: nothing, or "for" / "on", maybe "late" or "early". */
const BETWEEN_PARTICIPLE_AND_DAY = /^\s*(?:for\s+|on\s+)?(?:late\s+|early\s+)?$/iu;

type Booked = { kind: "name" | "noun"; word: string };

const bare = (token: string) => token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");

/**
 * What the participle right before the day schedules: the subject of "is scheduled" ("Ada Lund is
 * scheduled for Saturday" → the name; "the vote is scheduled" → vote), or the noun the participle
 * describes ("the votes scheduled for March 18" → votes). Null when neither is read.
 */
function booked(unit: AlignUnit, date: DateReference): Booked | null {
  const verb = datedVerbAt(unit, date);
  if (verb === null) return null;
  const from = date.span.start - unit.span.start;
  const written = unit.text.slice(verb.at, verb.end);
  if (verb.end > from || !/ed$/u.test(written)) return null;
  if (!BETWEEN_PARTICIPLE_AND_DAY.test(unit.text.slice(verb.end, from))) return null;
  const tokens = unit.text.slice(0, verb.at).split(/\s+/).filter(Boolean);
  let last = tokens.length - 1;
  if (FORMS_OF_BE.has((tokens[last] ?? "").toLowerCase())) last -= 1;
  const token = tokens[last] ?? "";
  const word = bare(token);
  // Punctuation after the word closes its phrase: it is no subject or head of the participle.
  if (word.length < 2 || !token.endsWith(word)) return null;
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && last > 0) return { kind: "name", word };
  const lower = word.toLowerCase();
  if (word !== lower || PREPOSITIONS.has(lower) || PRONOUNS.has(lower)) return null;
  if (DEPENDENT_DETERMINERS.has(lower) || FORMS_OF_BE.has(lower)) return null;
  return { kind: "noun", word: lower };
}

/** A noun and its plural in -s as one word. */
const stem = (noun: string) => noun.replace(/s$/u, "");

/**
 * Whether two days of scheduling are given for two things booked: a person by name against a thing
 * by its common noun, or two common nouns neither statement writes both of ("the votes scheduled"
 * / "the hearing scheduled").
 */
export function scheduledApart(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  const schedules = (unit: AlignUnit, date: DateReference) => {
    const verb = dateVerb(unit, date);
    return verb !== null && happeningKey(verb) === SCHEDULE;
  };
  if (!schedules(a, x) || !schedules(b, y)) return false;
  const p = booked(a, x);
  const q = booked(b, y);
  if (p === null || q === null) return false;
  if (p.kind !== q.kind) return true;
  if (p.kind === "name" || stem(p.word) === stem(q.word)) return false;
  const writes = (unit: AlignUnit, noun: string) =>
    new RegExp(`(?<![\\p{L}])${stem(noun)}s?(?![\\p{L}])`, "iu").test(unit.text);
  return !(writes(a, q.word) || writes(b, p.word));
}
