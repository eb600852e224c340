import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { clauseAround } from "../guards.ts";
import { measureWords, sameMeasureWords } from "./measures.ts";

/** Words after a counted group that make it what something befell or what it is, not who acted. */
const NOT_ACTING_AFTER = /^[\s,]*(?:were|was|are|is|have been|had been|remain|remained)\b/i;

/** What may stand before a count that opens its clause: an article or a hedge. */
const OPENS_CLAUSE = /^\s*(?:(?:the|all|some|about|around|nearly|at least|more than)\s+)?$/i;

/** A measure of at least this many words names one kind of actor ("masked gunmen"), not "men". */
const ACTOR_WORDS = 2;

/**
 * Whether a count opens its clause as the group that acts: nothing but an article or a hedge
 * before it in its clause, and no "were"/"is" after its measure ("Four masked gunmen stormed …",
 * "At noon, four masked gunmen, one in a wig, entered …"; not "two masked gunmen were shot",
 * "guards chased eight masked gunmen").
 */
function actingGroup(unit: AlignUnit, figure: Figure): boolean {
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  if (clause === null) return false;
  if (!OPENS_CLAUSE.test(clause.before)) return false;
  const offset = figure.span.end - unit.span.start;
  const measure = figure.measure ?? "";
  const at = unit.text.indexOf(measure, offset);
  if (measure === "" || at < 0 || at > offset + 2) return false;
  return !NOT_ACTING_AFTER.test(unit.text.slice(at + measure.length));
}

/**
 * Whether two outlets count one group of actors: each count opens its clause as the group that
 * acts, measured in the very same words of at least two ("Four masked gunmen stormed the Vint
 * bakery" / "eight masked gunmen fled the bakery"). The verbs may differ — each outlet tells
 * another moment of what the one group did — while the group counted stays the same.
 */
export function countedActors(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  if (fa.kind !== "count" || fb.kind !== "count" || !sameMeasureWords(fa, fb)) return false;
  if (measureWords(fa.measure ?? "").split(" ").length < ACTOR_WORDS) return false;
  return actingGroup(a, fa) && actingGroup(b, fb);
}
