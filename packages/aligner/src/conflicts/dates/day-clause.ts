import type { DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { clauseLemmas } from "../guards.ts";

/** The longest opening phrase a day may stand in and still date the clause after it. */
const OPENING = 48;

/**
 * The content words of the clause a day dates. A day in the sentence's opening phrase, set off by
 * a comma ("On Saturday, the harbour crew towed the ferry"; "Late on Saturday night, two men
 * steered a van into the bakery"), dates the clause after that comma: its words are read with the
 * phrase's own.
 */
export function dayClauseLemmas(unit: AlignUnit, date: DateReference): ReadonlySet<string> {
  const own = clauseLemmas(unit, date.span.start, date.span.end);
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  if (from < 0 || to > unit.text.length) return own;
  const lead = unit.text.slice(0, from);
  if (lead.length > OPENING || /[,;:]/.test(lead)) return own;
  const comma = unit.text.indexOf(",", to);
  if (comma < 0 || comma - to > OPENING) return own;
  const at = unit.span.start + comma + 1;
  return new Set([...own, ...clauseLemmas(unit, at, at + 1)]);
}
