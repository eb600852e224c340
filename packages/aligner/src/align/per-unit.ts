import { ownReadings, readingSlot } from "./unit-readings.ts";
import type { AlignUnit } from "./units.ts";

/**
 * A reading of a statement made once and kept while the statement lives: conflict and scoring
 * passes ask the same question of one statement for every pair it meets, and a thousand-outlet
 * group would otherwise pay its size squared in readings. Kept in the statement's own slots
 * (`unit-readings.ts`); a statement without them (a copy, a test's object) in a WeakMap.
 */
export function perUnit<T>(read: (unit: AlignUnit) => T): (unit: AlignUnit) => T {
  const slot = readingSlot();
  const known = new WeakMap<AlignUnit, { value: T }>();
  return (unit) => {
    const slots = ownReadings(unit);
    let entry = (slots ? slots[slot] : known.get(unit)) as { value: T } | undefined;
    if (!entry) {
      entry = { value: read(unit) };
      if (slots) slots[slot] = entry;
      else known.set(unit, entry);
    }
    return entry.value;
  };
}
