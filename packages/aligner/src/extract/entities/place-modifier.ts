// Entity layer: a place written inside a definite description of one person says where that
// person is from, not who speaks: "the Oregon senator said", "the former Salem mayor said".
import type { MentionRecord } from "./entity-records.ts";
import type { EntityRegistry } from "./entity-registry.ts";

/**
 * Whether the phrase's mention `found` is a place inside a definite description of one person:
 * the phrase opens with "the" (`lead`, the text from the phrase's start to the place) and goes on
 * after the place with lowercase words ending in a singular noun (`tail`, from the place's end
 * to the phrase's end). The place is then no speaker, and the phrase, for want of a person
 * named in it, is left unknown. "a Salem Republican" (someone of the place), "Oregon
 * Republicans" (a group) and "The Salem Courier" (a name) keep the place as before.
 */
export function placeQualifiesNoun(
  r: EntityRegistry,
  found: MentionRecord,
  lead: string,
  tail: string,
): boolean {
  if (found.entity === null || r.entities[found.entity]!.kind !== "place") return false;
  return /^the\s/i.test(lead) && /^\s+\p{Ll}/u.test(tail) && !/s$/.test(tail.trimEnd());
}
