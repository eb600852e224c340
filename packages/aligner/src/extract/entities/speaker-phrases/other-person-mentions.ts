// Entity layer: the persons named between a speaker's verb and a quotation, other than the
// speaker, whose clause may hold the quotation instead (a relative "who" clause, a subordinate
// clause with its own subject).

import type { MentionRecord } from "../entity-records.ts";
import type { EntityRegistry } from "../entity-registry.ts";

/**
 * Mentions in [from, open) of a person other than `speaker`, possessives left out ("Vint's
 * aide" names the aide, not Vint), in text order.
 */
export function otherPersonMentions(
  registry: EntityRegistry,
  speaker: number | "ambiguous" | null,
  from: number,
  open: number,
): MentionRecord[] {
  const found: MentionRecord[] = [];
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= open) break;
    if (m.entity === null || m.entity === speaker || m.possessive) continue;
    if (registry.kindOf(m.entity) === "person") found.push(m);
  }
  return found;
}
