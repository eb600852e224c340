import type { AlignUnit } from "../align/units.ts";
import type { ConflictContext } from "./guards.ts";
import { namedOf } from "./named-ids.ts";

/**
 * The part of a statement that names where it comes from: a closing "according to the Harbour
 * Council", a closing ", a statement from the Harbour Council said", an opening "According to the
 * Harbour Council,". The outlet's source is not what the statement is about.
 */
const SOURCE_PARTS = [
  /,\s*according to\b[^,;]*[.!?"”]*\s*$/i,
  /^\s*according to\b[^,;]*,/i,
  /,\s*(?:(?:a|an|the)\s+)?[^,;]{0,80}?\b(?:said|says|reported|announced|stated)\s*[.!?"”]*\s*$/i,
];

/**
 * The people and organisations a statement is about: those it names (places and speakers aside,
 * named-ids.ts) less those named only in its source part ("… will be held on a two-party basis,
 * according to the Harbour Election Board" names the board as the source).
 */
function subjectNames(unit: AlignUnit, context: ConflictContext): Set<string> {
  const named = namedOf(unit, context.isPlace);
  let rest = unit.text;
  let source = "";
  for (const part of SOURCE_PARTS) {
    const match = part.exec(rest);
    if (!match) continue;
    source += ` ${match[0]}`;
    rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length);
  }
  if (source === "") return new Set(named);
  return new Set(
    [...named].filter((id) => {
      const name = context.entityName(id);
      return !(source.includes(name) && !rest.includes(name));
    }),
  );
}

/**
 * Whether two statements that name different people or organisations are still about the same
 * ones once their sources are set aside: each names someone beside its source only when they share
 * one, and a statement naming no one but its source is about what the other tells.
 */
export function sameSubjectBesideSources(
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
): boolean {
  const left = subjectNames(a, context);
  const right = subjectNames(b, context);
  if (left.size === 0 || right.size === 0) return true;
  for (const id of left) if (right.has(id)) return true;
  return false;
}
