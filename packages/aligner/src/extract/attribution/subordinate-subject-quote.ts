// Attribution layer: a quotation inside a reported clause that a subordinate clause with another
// person as its subject holds — "Several councillors said they dreaded a rerun of 2009, when Tom
// Moss, who had been outvoted, demanded a “clean sweep”" — quotes that person, not the reporter of the clause.
// The cue's content does not credit it; the sieves read it on its own.

import type { EntityRegistry } from "../entities/entity-registry.ts";

/** Words that open a subordinate clause whose subject follows them. */
const SUBORDINATORS =
  /(?:^|[\s,;(—–])(?:when|after|because|while|since|before|until|although|though|whereas|where)\s+(?:\p{Lu}\p{L}{0,4}\.\s+)?$/u;

/**
 * Whether, between `from` (the content's start) and the quotation's mark at `open`, a subordinate
 * clause opens with a person's name other than `speaker` as its subject.
 */
export function otherSubjectClauseBefore(
  registry: EntityRegistry,
  from: number,
  open: number,
  speaker: number | "ambiguous" | null,
): boolean {
  const { body } = registry.text;
  for (let i = registry.firstFrom(from); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= open) break;
    if (m.entity === null || m.entity === speaker || m.possessive || m.inQuote) continue;
    if (registry.kindOf(m.entity) !== "person") continue;
    if (SUBORDINATORS.test(body.slice(Math.max(from, m.start - 18), m.start))) return true;
  }
  return false;
}
