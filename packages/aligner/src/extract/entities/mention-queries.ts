// Entity layer: which entities the mentions at or between offsets of an article name — the
// registry's queries for the attribution layer (a name before an appositive, a pronoun at a cue,
// the people of a clause). EntityRegistry delegates to these, as to the other entity modules.
import type { EntityRegistry } from "./entity-registry.ts";
import { speaksAsPerson } from "./not-people/group-or-body-name.ts";

/**
 * The person named by a mention that ends exactly at `offset` (a name before an appositive);
 * with `anyName`, a surname or title-surname mention too ("Lund", "Mr. Lund"), never a pronoun.
 */
export function personEndingAt(
  registry: EntityRegistry,
  offset: number,
  anyName = false,
): number | null {
  for (let i = registry.firstFrom(Math.max(0, offset - 80)); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= offset) break;
    const form = anyName ? m.form !== "pronoun" : m.form === "name";
    if (m.end === offset && m.entity !== null && !m.ambiguous && form) {
      // A group of people ("Harbourlanders") speaks as a person does (not-people/group-or-body-name.ts).
      const e = registry.entities[m.entity];
      return e !== undefined && speaksAsPerson(e.kind, e.name) ? m.entity : null;
    }
  }
  return null;
}

/** Resolved entity of the pronoun or surname mention starting at `offset`. */
export function entityAt(registry: EntityRegistry, offset: number): number | "ambiguous" | null {
  const m = registry.mentions[registry.firstFrom(offset)];
  if (m === undefined || m.start !== offset || m.possessive) return null;
  return m.ambiguous ? "ambiguous" : m.entity;
}

/** Resolved entities mentioned in [start, end), in order, without repeats. */
export function entitiesIn(registry: EntityRegistry, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = registry.firstFrom(start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.possessive) continue;
    if (m.end <= end && m.entity !== null && !m.ambiguous && !out.includes(m.entity)) {
      out.push(m.entity);
    }
  }
  return out;
}
