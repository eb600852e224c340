// Entity layer: a bare surname the reporter already gave to one person keeps naming that person
// when a second person of that surname is named in full later ("Ivo Lund … Lund said … his
// sister, Mira Lund, … Lund said"): the newcomer is written in full or with a title, the bare
// surname stays with the one who had it first.

import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * The one candidate of an ambiguous bare surname that an earlier bare surname named before any
 * other candidate's full name stood in the text; null when there is none, more than one, or when
 * another candidate has also been called by the bare surname before this mention (the article
 * then uses it for both).
 */
export function establishedSurnameHolder(
  r: EntityRegistry,
  m: MentionRecord,
  candidates: readonly number[],
): number | null {
  if (candidates.length < 2) return null;
  const firstName = new Map<number, number>();
  const bare = new Map<number, number>();
  for (const o of r.mentions) {
    if (o.start >= m.start) break;
    if (o.entity === null || o.ambiguous || !candidates.includes(o.entity)) continue;
    if (o.form === "name" && !firstName.has(o.entity)) firstName.set(o.entity, o.start);
    if (o.form === "surname" && !bare.has(o.entity)) bare.set(o.entity, o.start);
  }
  if (bare.size !== 1) return null;
  const [holder, since] = [...bare][0]!;
  // Every other candidate is named in full only after the holder was called by surname.
  for (const c of candidates) {
    if (c === holder) continue;
    const named = firstName.get(c);
    if (named === undefined || named < since) return null;
  }
  return holder;
}
