import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { ConflictContext } from "../guards.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";

/**
 * A figure written as a named holder's thing, right before it: "Dana Vey's club scoring record
 * of 2,116 points", "Lund’s mark of 4,051 yards" (the possessive, up to four words of the thing,
 * "of"). Returns the holder's last name word.
 */
const POSSESSED_BEFORE = /(\p{Lu}[\p{L}-]+)['’]s\s+(?:[\p{L}-]+\s+){0,4}of\s+$/u;

function possessor(unit: AlignUnit, figure: Figure): { name: string; at: number } | null {
  const offset = figure.span.start - unit.span.start;
  const before = unit.text.slice(0, Math.max(0, offset));
  const match = POSSESSED_BEFORE.exec(before.slice(-80));
  if (!match) return null;
  return { name: match[1] as string, at: before.length - (match[0] as string).length };
}

/** Whether the statement names a person other than `holder` before `end` (speakers aside). */
function namesAnotherBefore(
  unit: AlignUnit,
  holder: string,
  end: number,
  context: ConflictContext,
): boolean {
  const before = unit.text.slice(0, end);
  for (const id of unit.entities) {
    if (unit.speakers.has(id) || !context.isPerson?.(id)) continue;
    const last = context.entityName(id).trim().split(/\s+/).at(-1);
    if (!last || last.length < 2 || last === holder) continue;
    const escaped = escapeRegExp(last);
    if (new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(before)) return true;
  }
  return false;
}

/**
 * Whether one figure is another person's than the statement's own subject: "Ada Lund broke Dana
 * Vey's club scoring record of 2,116 points" gives Vey's old record, not Lund's total, and another
 * outlet's "Lund became the club's top scorer with 2,117 points" is no other value for it. Such a
 * figure pairs only with a figure of the same holder ("Vey's record of 2,115 points").
 */
export const heldByAnother: FigurePairTest = (a, fa, b, fb, context) => {
  const x = possessor(a, fa);
  const y = possessor(b, fb);
  if (x !== null && y !== null) return x.name !== y.name;
  const held = x ?? y;
  const unit = x !== null ? a : b;
  if (held === null) return false;
  return namesAnotherBefore(unit, held.name, held.at, context);
};
