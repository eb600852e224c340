import type { AlignUnit } from "./units.ts";

/**
 * A reading of a statement made once and kept while the statement lives: conflict and scoring
 * passes ask the same question of one statement for every pair it meets, and a thousand-outlet
 * group would otherwise pay its size squared in readings.
 */
export function perUnit<T>(read: (unit: AlignUnit) => T): (unit: AlignUnit) => T {
  const known = new WeakMap<AlignUnit, { value: T }>();
  return (unit) => {
    let entry = known.get(unit);
    if (!entry) {
      entry = { value: read(unit) };
      known.set(unit, entry);
    }
    return entry.value;
  };
}
