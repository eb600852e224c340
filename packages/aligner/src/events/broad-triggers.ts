import type { EventWord } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { eventTriggers } from "./event-triggers.ts";

/** Whether a statement's word is left out of the broad reading's happenings. */
const leftOut = (word: EventWord) => word.inName === true;

/**
 * The happenings each statement tells in the broad reading of the story's events (threads, lead
 * events): its triggers less the verb forms continuing a capitalised name ("the Threatened Birds
 * Act" tells no act; "left the Tessa Mend Clinic" no happening "mend"; `align/name-words.ts`). A
 * statement without such a word keeps its triggers (the same set). The narrow reading, which date
 * and figure conflicts compare within, keeps every trigger.
 */
export function broadTriggers(
  units: readonly AlignUnit[],
  triggersOf: readonly Set<string>[],
  verbs: ReadonlyMap<string, number>,
): Set<string>[] {
  const nouns = new Map<string, string | null>();
  return units.map((unit, i) =>
    unit.eventWords.some(leftOut)
      ? eventTriggers(
          unit.eventWords.filter((word) => !leftOut(word)),
          verbs,
          nouns,
        )
      : (triggersOf[i] as Set<string>),
  );
}
