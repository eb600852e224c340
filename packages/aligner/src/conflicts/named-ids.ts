import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";

/** A reading not made yet: `isPlace` may itself be undefined. */
const UNREAD = Symbol("unread");
const namedOfUnit = perUnit(() => ({ isPlace: UNREAD as unknown, ids: new Set<string>() }));

/**
 * The people and organisations a statement names, speakers and places aside: read once per
 * statement (and place test, one per story) — the conflict passes ask it of every pair they meet.
 * Read-only to callers.
 */
export function namedOf(
  unit: AlignUnit,
  isPlace: ((storyEntityId: string) => boolean) | undefined,
): ReadonlySet<string> {
  const known = namedOfUnit(unit);
  if (known.isPlace !== isPlace) {
    known.isPlace = isPlace;
    known.ids = new Set(
      [...unit.entities].filter((id) => !unit.speakers.has(id) && !isPlace?.(id)),
    );
  }
  return known.ids;
}

/** How many people and organisations two statements both name (namedOf), speakers and places aside. */
export function namedInCommon(
  a: AlignUnit,
  b: AlignUnit,
  isPlace: ((storyEntityId: string) => boolean) | undefined,
): number {
  const right = namedOf(b, isPlace);
  let shared = 0;
  for (const id of namedOf(a, isPlace)) if (right.has(id)) shared += 1;
  return shared;
}
