/**
 * The readings a statement keeps of itself (`perUnit`, `perText`), in numbered slots on the statement:
 * conflict passes ask them millions of times on a large story, and a slot is read at a fraction of
 * the cost of a WeakMap lookup, whose ephemeron entries the young-generation collector must also
 * walk. The store names its owner: a copy of a statement made with other words
 * (`{ ...unit, text }`) carries the store along but is not its owner, so it reads apart.
 */
export type UnitReadings = { readonly owner: object; readonly values: unknown[] };

/** A new, empty store for `owner`. */
export function unitReadings(owner: object): UnitReadings {
  return { owner, values: [] };
}

let slotsGiven = 0;

/** A slot no other reading uses, one per reading made (a module-level `perUnit(...)`). */
export function readingSlot(): number {
  const slot = slotsGiven;
  slotsGiven += 1;
  return slot;
}

/** The slots of a statement's own store; undefined for a copy or a statement built without one. */
export function ownReadings(unit: { readonly readings?: UnitReadings }): unknown[] | undefined {
  const store = unit.readings;
  return store !== undefined && store.owner === unit ? store.values : undefined;
}
