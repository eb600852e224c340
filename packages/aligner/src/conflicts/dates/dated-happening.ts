import type { DateReference } from "@parallax/core";
import { LIGHT_VERBS, PHASE_VERBS } from "../../../lexicons/event-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers, eventVerb } from "../../events/event-triggers.ts";
import { datesSpeech } from "../guards.ts";
import { happeningNounsBefore, happeningsOf, names } from "../happenings/one-happening.ts";
import { sameHappening } from "../happenings/verbs.ts";
import { clauseAround } from "../value-clause.ts";
import { dateVerb } from "./day-values.ts";

/**
 * The happening a day dates, by class: its verb's ("was convicted Tuesday" → convict), or for a
 * light verb the noun it carries before the day ("went on trial Wednesday" → trial, read as the
 * other statement's verb when it nominalises it: "trial" of "tried"). Null when no verb or no
 * carried noun is found: nothing is known.
 */
function datedHappening(unit: AlignUnit, date: DateReference, other: string | null): string | null {
  const verb = dateVerb(unit, date);
  if (verb === null) return null;
  if (!LIGHT_VERBS.has(verb)) return eventVerb(verb);
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (clause === null) return null;
  const words = eventWords(clause.before.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  const last = words.findLastIndex((w) => w.verb);
  if (last < 0 || words[last]?.lemma !== verb) return null;
  const noun = words.slice(last + 1).find((w) => !w.verb);
  if (!noun) return null;
  const known = new Map(other === null ? [] : [[other, 2] as const]);
  return [...eventTriggers([noun], known)][0] ?? noun.lemma;
}

/**
 * Whether two days date two happenings where ../happenings/one-happening.ts reads nothing: a light verb's day
 * ("two men went on trial Wednesday") dates the noun it carries, here "trial", and a phase verb's
 * day ("testimony continued on Wednesday") dates one day of a happening running over several. Set
 * against another class of verb ("a man was convicted Tuesday"; "jurors heard testimony Tuesday"),
 * the two days are two happenings' (or two days of one), not two accounts of one day. Verbs of one
 * class, one statement naming the other's dated happening anywhere ("went on trial Monday" /
 * "was tried Tuesday"), or one happening noun before both days ("a fire") keep the pair. An
 * unknown verb, or a light verb carrying no noun, says nothing; so does a day of what was said.
 */
export function datesTwoHappenings(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
): boolean {
  // When something was said ("police said Friday") no verb of the statement is dated.
  if (datesSpeech(a, x.span.start) || datesSpeech(b, y.span.start)) return false;
  const verbA = dateVerb(a, x);
  const verbB = dateVerb(b, y);
  if (verbA === null || verbB === null) return false;
  // A phase dates one day of a happening running over several: any other verb's day may be another.
  if (PHASE_VERBS.has(verbA) || PHASE_VERBS.has(verbB))
    return eventVerb(verbA) !== eventVerb(verbB);
  // Two verbs of their own are weighed by ../happenings/one-happening.ts; a light verb passes there unread.
  if (!LIGHT_VERBS.has(verbA) && !LIGHT_VERBS.has(verbB)) return false;
  const ca = datedHappening(a, x, eventVerb(verbB));
  const cb = datedHappening(b, y, eventVerb(verbA));
  if (ca === null || cb === null) return false;
  if (ca === cb || sameHappening(ca, cb)) return false;
  // One statement telling the other's dated happening too ("went on trial Monday and was convicted"
  // / "was convicted Tuesday") may tell it with its day: two accounts, left to the other guards.
  if (names(b, ca, happeningsOf(a).verbs) || names(a, cb, happeningsOf(b).verbs)) return false;
  const nouns = happeningNounsBefore(b, y.span.start);
  return ![...happeningNounsBefore(a, x.span.start)].some((noun) => nouns.has(noun));
}
