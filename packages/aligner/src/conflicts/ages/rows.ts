import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { ageHolder } from "./holders.ts";

function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 1);
}

/**
 * Ages the story gives a named person by a part of the name only ("Lund, 16,", "16-year-old Ada
 * (Addie) Lund" read as "Ada"): too loose to pair on, but once the person's age is in dispute they
 * belong in the row. `name` is the person's full name as the story knows it.
 */
export function agesByPartOfName(
  units: readonly AlignUnit[],
  name: string,
  values: ReadonlySet<number>,
): { unit: AlignUnit; figure: Figure }[] {
  const words = new Set(nameWords(name));
  const found: { unit: AlignUnit; figure: Figure }[] = [];
  for (const unit of units)
    for (const figure of unit.figures) {
      if (figure.measure !== "age" || !values.has(figure.value)) continue;
      const holder = ageHolder(unit, figure);
      if (holder === null) continue;
      const held = nameWords(holder);
      if (held.length > 0 && held.every((w) => words.has(w))) found.push({ unit, figure });
    }
  return found;
}
