// Entity layer: a bare surname among people whose names differ only by a generational suffix
// ("Ivo Vint Sr." and "Ivo Vint Jr.", or "Ivo Vint Jr." and his father "Ivo Vint"): "Vint Jr."
// names the one with that suffix; a bare "Vint" names the one the article already called "Vint"
// before the other was named in full (established-surname.ts), else neither: a nearby sentence
// about one of them tells nothing, as both have one name (names/generational-suffixes.ts).
// Forcing neither every time lost 15 right speakers on PolNeAR TRAIN CHECK; letting the focus
// rules pick gave 5 of them to the other namesake.

import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";
import { suffixAfter } from "../names/generational-suffixes.ts";
import { establishedSurnameHolder } from "./established-surname.ts";

/**
 * The person a surname mention names among namesakes: the one whose suffix it is written with
 * ("Vint Jr."), or the established holder of a bare "Vint"; null when it could be either or its
 * suffix is no candidate's (ambiguous); undefined when no namesake is in question (the other
 * surname rules decide).
 */
export function namesakeChoice(
  r: EntityRegistry,
  m: MentionRecord,
  candidates: readonly number[],
): number | null | undefined {
  const written = suffixAfter(r.text.body, m.end)?.suffix ?? null;
  if (written !== null) {
    const fit = candidates.filter((c) => r.entities[c]!.suffix === written);
    // "Vint Sr." where only Ivo Vint Jr. (or a plain Ivo Vint) is named: someone nobody named.
    return fit.length === 1 ? fit[0]! : null;
  }
  if (candidates.length < 2) return undefined;
  const names = candidates
    .map((c) => r.generations.namesakes.get(c))
    .filter((n) => n !== undefined);
  if (new Set(names).size === names.length) return undefined;
  // No nearby sentence tells a father from a son of one name, so no focus: only the one the
  // article already called by the bare surname before the other's full name stood in it.
  return establishedSurnameHolder(r, m, candidates);
}
