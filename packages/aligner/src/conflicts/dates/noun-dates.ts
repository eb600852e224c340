import type { DateReference } from "@parallax/core";
import { LIGHT_VERBS, OCCURRENCE_VERBS } from "../../../lexicons/event-words.ts";
import { type EventWord, eventWords } from "../../align/lemmas.ts";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";
import { eventTriggers } from "../../events/event-triggers.ts";

/**
 * A preposition that makes a happening noun the moment of the clause ("after a fire on Sunday"),
 * with the words between them ("after suspending his campaign Tuesday" dates the suspending).
 */
const MOMENT_BEFORE = /\b(?:after|following|by|amid|during)\s+((?:[^\s,;:]+\s+){0,3})$/i;

/**
 * A preposition that sets the noun as the body, aim or topic of the clause, not its subject:
 * "Within the Vint campaign on Tuesday night, relief mixed with worry" dates no campaigning
 * (issue 12, conflict audit).
 */
const BODY_BEFORE =
  /\b(?:within|inside|among|for|from|against|about|into|toward|towards)\s+(?:[^\s,;:]+\s+){0,3}$/i;

/** A relative pronoun opening a clause about the word before it. */
const RELATIVE = /^\s*(?:which|that)\b/i;

/**
 * Whether a day dates a happening told by a noun of its clause, not by a verb: "the explosion
 * happened Saturday", "a fire on Tuesday destroyed the store", "a fire broke out on Friday night",
 * "cleared after a blaze at the depot on Sunday night", "rocked by an earthquake early
 * Tuesday". The noun stands before the day with no verb of another happening between them, and it
 * is the clause's subject (no such verb before it either) or the moment the clause names ("after",
 * "following", "by"). "Police arrested him in the killing on Tuesday" dates the arrest, not the
 * killing: the noun follows the clause's own verb.
 */
export function datesHappeningNoun(unit: AlignUnit, date: DateReference, action: string): boolean {
  const from = date.span.start - unit.span.start;
  const known = nounDatesOf(unit);
  const key = `${from}|${action}`;
  let dates = known.get(key);
  if (dates === undefined) {
    dates = datesNounAt(unit.text, from, action);
    known.set(key, dates);
  }
  return dates;
}

// Read once per text, day and happening: date rows ask it of every dated statement per happening,
// and the story repeats its statements' texts (per-text.ts).
const nounDatesOf = perText(() => new Map<string, boolean>());

/** `datesHappeningNoun` for a day at an offset of a text. */
function datesNounAt(text: string, from: number, action: string): boolean {
  if (from < 0 || from > text.length) return false;
  // The clause before the day: from the last comma, semicolon or colon that is no clock time's.
  const segments = text.slice(0, from).split(/[,;]|:(?!\d)/);
  let before = segments.at(-1) ?? "";
  // A relative clause set off by a comma tells of the noun before it ("the quake, which hit the
  // valley on Sunday").
  if (RELATIVE.test(before) && segments.length > 1) before = `${segments.at(-2)} ${before}`;
  const words = eventWords(before.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  // Nouns of the happening: the verb itself is the only story verb a noun is read against.
  const only = new Map([[action, 2]]);
  const at = words.findLastIndex((w) => !w.verb && eventTriggers([w], only).has(action));
  if (at < 0) return false;
  const otherVerb = (w: EventWord) => w.verb && !LIGHT_VERBS.has(w.lemma);
  if (words.slice(at + 1).some((w) => otherVerb(w) && !OCCURRENCE_VERBS.has(w.lemma))) return false;
  // Where the noun is written: the last word before the day that starts as its lemma does.
  const stem = (words[at] as EventWord).lemma.slice(0, 4);
  const tokens = before.split(/\s+/);
  const index = tokens.findLastIndex((t) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}]/gu, "")
      .startsWith(stem),
  );
  const ahead = index < 0 ? "" : `${tokens.slice(0, index).join(" ")} `;
  if (!words.slice(0, at).some(otherVerb)) return !BODY_BEFORE.test(ahead);
  if (index < 0) return false;
  // The noun's own relative clause telling its onset dates it, whatever verb governs the noun:
  // "two engines were sent to the barn blaze which broke out before dawn on Sunday".
  if (
    RELATIVE.test(tokens.slice(index + 1).join(" ")) &&
    words.slice(at + 1).some((w) => w.verb && OCCURRENCE_VERBS.has(w.lemma))
  )
    return true;
  const moment = MOMENT_BEFORE.exec(ahead);
  if (moment === null) return false;
  // A gerund right after the preposition governs the noun ("after suspending his campaign"); a
  // participle after a determiner is the noun's adjective ("after a suspected arson").
  const first = (moment[1] ?? "").split(/\s+/)[0] ?? "";
  return !(/ing$/i.test(first) && eventWords(first).some((w) => w.verb));
}
