import { EVENT_VERB_CLASSES, LIGHT_VERBS } from "../../../lexicons/event-words.ts";
import { HAPPENING_VERB_CLASSES } from "../../../lexicons/happening-verbs.ts";
import { eventVerb } from "../../events/event-triggers.ts";
import type { EventInputs } from "../../events/story-events.ts";
import { tellsCustody } from "./custody-verbs.ts";

/** Each story-event key of a wide class → the class's first word. */
const WIDE_CLASS = new Map(
  HAPPENING_VERB_CLASSES.flatMap((row) =>
    row.map((verb) => [eventVerb(verb), eventVerb(row[0] as string)] as const),
  ),
);

/**
 * The happening a verb tells when figures and days are paired for a conflict: its story-event
 * class (events/event-triggers.ts), widened by the classes of lexicons/happening-verbs.ts, so
 * that "gutted" and "destroyed", "found" and "discovered" key one happening.
 */
export function happeningKey(verb: string): string {
  const narrow = eventVerb(verb);
  return WIDE_CLASS.get(narrow) ?? narrow;
}

/** Whether two verbs (lemmas) tell one happening for a figure or day conflict. */
export function sameHappening(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && happeningKey(a) === happeningKey(b);
}

/**
 * The story's event inputs as figure and date conflicts read them: each statement's happenings
 * keyed by the wide classes, and a light verb of a wide class ("found") counted as its class. The
 * alignment's own events keep the narrow inputs.
 */
export function conflictInputs(
  inputs: EventInputs,
  units: readonly {
    index: number;
    text: string;
    eventWords: readonly { lemma: string; verb: boolean }[];
  }[],
): EventInputs {
  const triggersOf = inputs.triggersOf.map((triggers, index) => {
    const wide = new Set([...triggers].map(happeningKey));
    // "One of 40 suspects seized on Thursday": a custody verb taking a person is an arrest.
    const unit = units[index];
    if (unit && tellsCustody(unit.text, unit.eventWords)) wide.add(happeningKey("arrest"));
    for (const word of units[index]?.eventWords ?? [])
      if (word.verb && LIGHT_VERBS.has(word.lemma) && WIDE_CLASS.has(word.lemma))
        wide.add(happeningKey(word.lemma));
    return wide;
  });
  return { ...inputs, triggersOf };
}

/** Every verb (lemma) keyed to a happening: its key and the members of its classes. */
export function verbsOfHappening(action: string): string[] {
  const all = [...EVENT_VERB_CLASSES, ...HAPPENING_VERB_CLASSES].flat();
  return [...new Set([action, ...all.filter((verb) => happeningKey(verb) === action)])];
}
