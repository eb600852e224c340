// Attribution layer: "Harbour Rising, a conservative group, said" — the name before an appositive
// that describes an organisation speaks as that organisation, as "Harbour Rising said" would.
// Its name alone reads as no person, so the person-only appositive reader (cue-subject.ts) left
// the quote unknown.
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { describedAsOrganization } from "../../entities/speaker-phrases/rules.ts";
import { newOrganization, placeOpensName } from "./according-outlet.ts";
import { isCapitalisedName } from "./trailing-attribution.ts";

/**
 * The organisation named by the capitalised words `subject` right before the appositive that
 * opens at `comma`, when that appositive's head is an organisation noun (the lexicon the entity
 * layer reads: speaker-phrases/rules.ts); null otherwise — a place, a weekday or a person the
 * registry reads there is never made one, but a name that only opens on a place is the
 * organisation ("Norland Rising, a conservative group," was read as the place Norland).
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
  const named = placeLedOrganization(registry, body, subject.start, subject.end);
  if (named !== null) return named;
  const speaker = registry.speakerFromPhrase(subject.start, subject.end);
  return typeof speaker === "number" && registry.kindOf(speaker) === "organization"
    ? speaker
    : null;
}

/** A connective or article opening the subject, no part of the name: "And Norland Rising". */
const NOT_OF_THE_NAME = /^(?:And|But|So|Yet|Or|The|the) /;

/** The organisation named by capitalised words that open on a place, made an entity; else null. */
function placeLedOrganization(
  registry: EntityRegistry,
  body: string,
  start: number,
  end: number,
): number | null {
  const lead = NOT_OF_THE_NAME.exec(body.slice(start, end));
  const nameStart = start + (lead === null ? 0 : lead[0].length);
  return placeOpensName(registry, nameStart, end)
    ? newOrganization(registry, nameStart, end)
    : null;
}

/** Capitalised words opening a clause, then the comma of an appositive: "Harbour Rising, …". */
const OPENING_NAME = /^\s*((?:\p{Lu}[\p{L}\p{N}&.'’-]*\s){0,4}\p{Lu}[\p{L}\p{N}&.'’-]*),/u;

/** The appositive after the name, its closing comma, then a lowercase word: the predicate. */
const APPOSITIVE_THEN_PREDICATE = /^,[^,;:—–“”"()]{3,80}, (\p{Ll}+)/u;

/** Words after an appositive that go on with the subject, not its predicate. */
const NOT_A_PREDICATE = new Set("and|or|who|which|whose|that|its|the|a|an".split("|"));

/**
 * The organisation that opens a clause at `from` as its subject, named before an appositive that
 * describes an organisation and is followed by the predicate: in "Dockwatch, a watchdog group,
 * denounced the plan and said …" (or "…, saying …") the group speaks, as "Dockwatch said" would.
 * The clause reader saw only a name it did not know and a comma, so such a quote stayed unknown.
 */
export function organizationOpeningClause(
  registry: EntityRegistry,
  body: string,
  from: number,
  verbStart: number,
): number | null {
  const name = OPENING_NAME.exec(body.slice(from, verbStart));
  if (name === null) return null;
  const comma = from + name[0].length - 1;
  const predicate = APPOSITIVE_THEN_PREDICATE.exec(body.slice(comma, verbStart));
  if (predicate === null || NOT_A_PREDICATE.has(predicate[1]!)) return null;
  const start = comma - name[1]!.length;
  return organizationBeforeAppositive(registry, body, { start, end: comma }, comma);
}
