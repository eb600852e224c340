import type { DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround } from "../guards.ts";

/**
 * "left three workers dead", "leaving two people dead": a result that tells a killing, with at
 * most four words for whom between (general English, not from an evaluation corpus).
 */
const LEFT_DEAD = /\b(?:left|leaving|leaves)\s+(?:[\p{L}\d,-]+\s+){1,4}dead\b/u;

/**
 * The killing a day's clause tells as its result ("riots left three bank workers dead and
 * engulfed the streets on Wednesday": the day's verb is "engulf", but its clause also tells the
 * killing of the same subject): "kill", else none. Used only to complete a date row with an
 * outlet giving one of its days for the killing (conflicts/dates/row-completion.ts).
 */
export function killedIn(unit: AlignUnit, date: DateReference): string[] {
  const clause = clauseAround(unit, date.span.start, date.span.end);
  return clause !== null && LEFT_DEAD.test(clause.before) ? ["kill"] : [];
}
