import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

/**
 * "Ivo Vint (31-2, 24 KOs) stopped Ada Lund (20-4-1, 12 KOs)": a figure in parentheses right after
 * a name is that person's own record, whatever the sentence's verb. The name is the capitalised
 * word just before the opening parenthesis, lower case; null when the figure is not inside a
 * parenthesis that opens right after a capitalised word ("$108 million (85 million euros)").
 */
export function parenthesisedHolder(unit: AlignUnit, figure: Figure): string | null {
  const offset = figure.span.start - unit.span.start;
  const before = unit.text.slice(Math.max(0, offset - 80), offset);
  const open = before.lastIndexOf("(");
  if (open < 0 || before.lastIndexOf(")") > open) return null;
  const name = /(\p{Lu}[\p{L}'’-]+)\s*$/u.exec(before.slice(0, open));
  return name ? (name[1] as string).toLowerCase() : null;
}

/** Whether the word names one of the persons the statement names (a surname, a given name). */
function namesAPerson(unit: AlignUnit, word: string, context: ConflictContext): boolean {
  for (const id of unit.entities) {
    if (!(context.isPerson?.(id) ?? false)) continue;
    if (context.entityName(id).toLowerCase().split(/\s+/).includes(word)) return true;
  }
  return false;
}

/**
 * Whose two figures are, when both are given in parentheses after a person's name: the name both
 * share ("vint"), "different" for two people's records ("Vint (24 KOs)" / "Lund (12 KOs)"), null
 * when either figure is not a named person's own.
 */
export function heldInParentheses(
  a: AlignUnit,
  fa: Figure,
  b: AlignUnit,
  fb: Figure,
  context: ConflictContext,
): string | "different" | null {
  const x = parenthesisedHolder(a, fa);
  const y = parenthesisedHolder(b, fb);
  if (x === null || y === null) return null;
  if (!namesAPerson(a, x, context) || !namesAPerson(b, y, context)) return null;
  return x === y ? x : "different";
}
