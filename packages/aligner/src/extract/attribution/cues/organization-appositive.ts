// Attribution layer: "Harbour Rising, a conservative group, said" — the name before an appositive
// that describes an organisation speaks as that organisation, as "Harbour Rising said" would.
// Its name alone reads as no person, so the person-only appositive reader (cue-subject.ts) left
// the quote unknown.
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { describedAsOrganization } from "../../entities/speaker-phrases/rules.ts";
import { isCapitalisedName } from "./trailing-attribution.ts";

/**
 * The organisation named by the capitalised words `subject` right before the appositive that
 * opens at `comma`, when that appositive's head is an organisation noun (the lexicon the entity
 * layer reads: speaker-phrases/rules.ts); null otherwise — a place, a weekday or a person the
 * registry reads there is never made one.
 */
export function organizationBeforeAppositive(
  registry: EntityRegistry,
  body: string,
  subject: { start: number; end: number },
  comma: number,
): number | null {
  if (!describedAsOrganization(body, comma)) return null;
  if (subject.end <= subject.start || !isCapitalisedName(body, subject.start, subject.end))
    return null;
  const speaker = registry.speakerFromPhrase(subject.start, subject.end);
  return typeof speaker === "number" && registry.kindOf(speaker) === "organization"
    ? speaker
    : null;
}
