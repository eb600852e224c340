import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

/**
 * Whether a statement names an organisation by its head noun after "the": "the council" of the
 * Harbour Council, "the company" of Kesson Motors Company. Another outlet reporting what "the
 * council approved" tells of the council the denial names ("the Harbour Council has not
 * approved…"), unless it names another organisation with the same head ("the City Council").
 * Only an entity known not to be a person, with a name of two words or more.
 */
export function writesHeadOf(unit: AlignUnit, id: string, context: ConflictContext): boolean {
  if (context.isPerson?.(id) !== false || context.isPlace?.(id)) return false;
  const head = headOf(context.entityName(id));
  if (head === null) return false;
  if (!new RegExp(`\\bthe\\s+${head}\\b`, "u").test(unit.text)) return false;
  return ![...unit.entities].some(
    (other) => other !== id && headOf(context.entityName(other)) === head,
  );
}

/** The last word of a name of two words or more, lower case, when it is a capitalised word. */
function headOf(name: string): string | null {
  const words = name.trim().split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 2 || !/^\p{Lu}\p{Ll}{2,}$/u.test(last)) return null;
  return last.toLowerCase();
}
