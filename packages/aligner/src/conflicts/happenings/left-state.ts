import type { AlignUnit } from "../../align/units.ts";

/**
 * "The blast left four Austrians dead", "leaving 12 people injured": a figure told by "leave" and
 * the state its counted people were left in counts those the happening befell, as "four Austrians
 * died" and "injuring 12 people" do. Returns the verb of that happening (lemma), or null when the
 * clause's verb is not "leave" or no such state follows the counted noun (two to four words on).
 */
export function leftInState(unit: AlignUnit, end: number, verb: string | null): string | null {
  if (verb !== "leave") return null;
  const after = unit.text.slice(end - unit.span.start, end - unit.span.start + 60);
  const state = LEFT_STATE.exec(after)?.[1]?.toLowerCase();
  return state === undefined ? null : (STATE_VERB[state] ?? null);
}

/** The counted noun (one to three words), then the state, before the clause goes on. */
const LEFT_STATE = /^(?:\s+[\p{L}'’-]+){1,3}?\s+(dead|injured|wounded|hurt)\b/iu;

/** The verb of the happening each state tells (lexicons/event-words.ts classes: die, injure). */
const STATE_VERB: Record<string, string> = {
  dead: "die",
  injured: "injure",
  wounded: "injure",
  hurt: "injure",
};
