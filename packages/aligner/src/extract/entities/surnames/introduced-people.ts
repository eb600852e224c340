// Entity layer: a surname names someone already introduced. "Ada Lund" early and "Per Lund" only
// late in an article: a "Lund" or "Ms. Lund" between the two names can only be Ada, as a
// reporter names a person in full before calling them by surname.

import type { EntityRegistry } from "../entity-registry.ts";

/** Where each entity's full name first stands, read once per registry. */
const firstNames = new WeakMap<EntityRegistry, Map<number, number>>();

function firstNameStarts(r: EntityRegistry): Map<number, number> {
  let starts = firstNames.get(r);
  if (starts === undefined) {
    starts = new Map();
    for (const m of r.mentions) {
      if (m.form !== "name" || m.entity === null || starts.has(m.entity)) continue;
      starts.set(m.entity, m.start);
    }
    firstNames.set(r, starts);
  }
  return starts;
}

/**
 * The candidates of a surname mention at `offset` whose full name stands before it, when there
 * are some but not all: with none named yet (a headline's surname) or all of them, the list as it
 * was.
 */
export function introducedBefore(
  r: EntityRegistry,
  candidates: readonly number[],
  offset: number,
): number[] {
  if (candidates.length < 2) return [...candidates];
  const starts = firstNameStarts(r);
  const named = candidates.filter((c) => (starts.get(c) ?? Infinity) < offset);
  return named.length > 0 ? named : [...candidates];
}
