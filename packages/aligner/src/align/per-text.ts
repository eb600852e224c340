import { ownReadings, readingSlot, type UnitReadings } from "./unit-readings.ts";

/** Distinct texts kept at most; then the readings start over (a long-running server). */
const LIMIT = 50_000;

/**
 * A reading of a statement's text alone, made once per distinct text and shared by every statement
 * that has it: a large story repeats the same sentences across outlets (agency copy, shared
 * quotes), and a generated 1,000-article story holds ~19,000 statements of ~1,400 texts. For
 * readings that depend on nothing else (not its lemmas, which masks can change, nor its span).
 * Each statement keeps its entry too, in its own slots (`unit-readings.ts`) or else by identity:
 * looking a long text up compares it character by character with the stored one.
 */
type Read = { readonly text: string; readonly readings?: UnitReadings };
export function perText<T>(read: (text: string) => T): (unit: Read) => T {
  const slot = readingSlot();
  const byText = new Map<string, { value: T }>();
  const byUnit = new WeakMap<Read, { value: T }>();
  return (unit) => {
    const slots = ownReadings(unit);
    let entry = (slots ? slots[slot] : byUnit.get(unit)) as { value: T } | undefined;
    if (!entry) {
      entry = byText.get(unit.text);
      if (!entry) {
        if (byText.size >= LIMIT) byText.clear();
        entry = { value: read(unit.text) };
        byText.set(unit.text, entry);
      }
      if (slots) slots[slot] = entry;
      else byUnit.set(unit, entry);
    }
    return entry.value;
  };
}
