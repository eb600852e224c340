import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningKey } from "../happenings/verbs.ts";
import type { DayEntry } from "./participants.ts";

/**
 * Words that tell a meeting as one of several: a planned one beside them may be the next.
 */
const ANOTHER_MEETING =
  /\b(?:again|another|second|third|next|follow-up|further|new|first|last)\b/iu;

/** The people a statement names (speakers aside): who meets. */
function people(unit: AlignUnit, context: ConflictContext): Set<string> {
  const found = new Set<string>();
  for (const id of unit.entities)
    if (!unit.speakers.has(id) && context.isPerson?.(id) === true) found.add(id);
  return found;
}

/**
 * Whether a meeting one outlet says is to come and one another tells as held are one meeting, so
 * their two days disagree though their tenses differ (issue 12, PolNeAR pseudo-story perturbation:
 * "Lund's office announced Friday that Lund will meet with Ivo Vint on Saturday" / "Ivo Vint and
 * Ada Lund pledged to work together after a meeting Thursday"). A day said to come is refused
 * against a day told as past elsewhere (plans change, a second sitting follows), so only a
 * meeting of the same two people or more, each statement naming them all and neither telling it
 * as one of several ("met again", "another meeting", "their next meeting").
 */
export function plannedMeetingHeld(
  x: DayEntry,
  y: DayEntry,
  action: string,
  context: ConflictContext,
): boolean {
  if (action !== happeningKey("meet") || !context.isPerson) return false;
  if (ANOTHER_MEETING.test(x.unit.text) || ANOTHER_MEETING.test(y.unit.text)) return false;
  const left = people(x.unit, context);
  const right = people(y.unit, context);
  if (left.size < 2 || left.size !== right.size) return false;
  return [...left].every((id) => right.has(id));
}
