// Attribution layer: an inverted cue set off by commas inside its sentence — `The paradox of
// Vint, says Karl Moe, a historian, is that he was “…”` — names its speaker right after the verb.
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** `, says Karl Moe,`: one to four capitalised words after the verb, closed by a comma. */
const NAME_THEN_COMMA = /^ +((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*),/u;

/**
 * The person named right after an inverted reporting verb at [verbStart, verbEnd) that a comma
 * comes before and a comma closes after the name: the registry's person ending there, or a person
 * it makes of the name. Null otherwise (a description, an organisation, a place).
 */
export function interposedInvertedSpeaker(
  registry: EntityRegistry,
  body: string,
  verbStart: number,
  verbEnd: number,
): number | null {
  if (!/,\s*$/.test(body.slice(Math.max(0, verbStart - 3), verbStart))) return null;
  const m = NAME_THEN_COMMA.exec(body.slice(verbEnd, verbEnd + 80));
  if (m === null) return null;
  const start = verbEnd + m[0].length - 1 - m[1]!.length;
  const end = start + m[1]!.length;
  const known = registry.personEndingAt(end);
  if (known !== null && registry.entitiesIn(start, end).includes(known)) return known;
  const made = registry.speakerFromPhrase(start, end);
  return typeof made === "number" && registry.kindOf(made) === "person" ? made : null;
}
