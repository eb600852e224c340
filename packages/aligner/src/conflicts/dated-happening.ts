import type { DateReference } from "@parallax/core";
import { eventWords } from "../align/lemmas.ts";
import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { eventTriggers, eventVerb } from "../events/event-triggers.ts";
import { dateVerb } from "./day-values.ts";
import { type ConflictContext, SAME_WORDING } from "./guards.ts";

/** Verbs of telling: two statements both "said" share no happening by it. */
const SPEECH_VERBS = new Set(["say", "tell", "report", "announce", "add", "confirm", "state"]);

/** The happenings a statement's verbs tell, by class (light verbs and verbs of telling aside). */
const verbClasses: (unit: AlignUnit) => ReadonlySet<string> = perUnit((unit) => {
  const classes = new Set<string>();
  for (const word of eventTriggers(
    eventWords(unit.text).filter((w) => w.verb),
    new Map(),
  ))
    if (!SPEECH_VERBS.has(word)) classes.add(word);
  return classes;
});

/** The happening nouns ("fire", "earthquake") of a text, by class. */
function happeningNouns(text: string): Set<string> {
  return eventTriggers(
    eventWords(text).filter((w) => !w.verb),
    new Map(),
  );
}

/**
 * Whether two outlets' days, in statements grouped together but worded apart, date one
 * happening. Each day belongs to a verb ("placed on the injured list Wednesday", "hurt last
 * Thursday"); when the two verbs tell different happenings — neither statement names the other's
 * dated verb, the statements share no other verb, and no happening noun ("a fire", "an earthquake")
 * stands before both days — the two days are of two happenings, not two days for one ("convicted
 * Tuesday" / "a video released Thursday"). Outlets tell one happening in other verbs ("a fire ripped
 * through" / "a fire destroyed", "shook … and caused damage" / "hit … damaging"): any of these
 * links keeps the pair.
 */
export function dateOneHappening(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  context: ConflictContext,
): boolean {
  if (context.similarity(a, b) >= SAME_WORDING) return true;
  const va = dateVerb(a, x);
  const vb = dateVerb(b, y);
  if (va === null || vb === null) return true;
  const left = verbClasses(a);
  const right = verbClasses(b);
  if (eventVerb(va) === eventVerb(vb) || right.has(eventVerb(va)) || left.has(eventVerb(vb)))
    return true;
  if ([...left].some((verb) => right.has(verb))) return true;
  const before = (unit: AlignUnit, date: DateReference) =>
    unit.text.slice(0, Math.max(0, date.span.start - unit.span.start));
  const nouns = happeningNouns(before(b, y));
  return [...happeningNouns(before(a, x))].some((noun) => nouns.has(noun));
}
