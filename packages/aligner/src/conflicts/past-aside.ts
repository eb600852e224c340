import { contentLemmas } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { clauseAround, clauseLemmas } from "./guards.ts";

/**
 * "The eight robbers, two of whom wore masks, stole the jewels": the clause holding a figure may
 * be the counted noun phrase alone, cut off by an aside between commas; what happened to the
 * counted things is told after the aside. The clause's words then take in the words up to the next
 * comma after it, so two outlets' counts of robbers who "stole" are read as said of one happening.
 * A clause holding any word besides the counted noun is left as it is.
 */
export function clauseLemmasPastAside(
  unit: AlignUnit,
  start: number,
  end: number,
  head: string,
): Set<string> {
  const own = clauseLemmas(unit, start, end);
  const clause = clauseAround(unit, start, end);
  if (clause === null || [...own].some((w) => w !== head && !head.startsWith(w))) return own;
  const after = unit.text.slice(end - unit.span.start + clause.after.length);
  const aside = /^,[^,;:]+,([^,;:]+)/.exec(after);
  if (!aside) return own;
  const told = contentLemmas((aside[1] as string).replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  return new Set([...own, ...told]);
}
