import { ASIDE_PARTITIVE_WORDS, ASIDE_RELATIVES } from "../../../lexicons/function-words.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";

/**
 * A figure's clause closed by a relative aside between commas right after what it counts ("The
 * eight robbers, two of whom were disguised as porters, stole the gems", "Four guards, who had
 * just come on duty, fled"): the verb the count is the subject of comes after the aside.
 */
const ASIDE_AFTER = new RegExp(
  String.raw`^[^,;:]{0,40},\s*(?:(?:\p{L}+|\d+)\s+of\s+(?:${ASIDE_PARTITIVE_WORDS.join("|")})|${ASIDE_RELATIVES.join("|")})\b[^,;:]{0,80},([^,;:]*)`,
  "iu",
);

/**
 * The content words of what follows a relative aside closing a figure's clause, names left out as
 * in the clause's own words (guards.ts clauseLemmas); empty when no such aside follows.
 */
export function lemmasPastAside(unit: AlignUnit, end: number): ReadonlySet<string> {
  const offset = end - unit.span.start;
  if (offset < 0 || offset > unit.text.length) return new Set();
  const match = ASIDE_AFTER.exec(unit.text.slice(offset));
  if (!match) return new Set();
  return new Set(contentLemmas((match[1] as string).replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ")));
}
