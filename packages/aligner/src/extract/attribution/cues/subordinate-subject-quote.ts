// Attribution layer: a quotation inside a reported clause that a subordinate clause with another
// person as its subject holds — "Several councillors said they dreaded a rerun of 2009, when Tom
// Moss, who had been outvoted, demanded a “clean sweep”" — quotes that person, not the reporter of the clause.
// The cue's content does not credit it; the sieves read it on its own.

import { SUBORDINATORS } from "../../../../lexicons/function-words.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { otherPersonMentions } from "../../entities/speaker-phrases/other-person-mentions.ts";

/** A subordinator (or "where") right before a subject, a short title ("Gov.") allowed between. */
const SUBORDINATOR_BEFORE = new RegExp(
  String.raw`(?:^|[\s,;(—–])(?:${[...SUBORDINATORS, "where"].join("|")})\s+(?:\p{Lu}\p{L}{0,4}\.\s+)?$`,
  "u",
);

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
  return otherPersonMentions(registry, speaker, from, open).some(
    (m) =>
      !m.inQuote && SUBORDINATOR_BEFORE.test(body.slice(Math.max(from, m.start - 18), m.start)),
  );
}
