// Attribution layer: the bare name after "according to" ("According to the Lakeside Ledger, …",
// "…, according to Harbourwatch.") that no rule made an entity is an outlet or organisation: it is
// given an entity so the statement it sources is attributed, not left without a speaker.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** One to five capitalised words, "the" before them at most: a name, not a description. */
const BARE_NAME = /^(?:[Tt]he )?(\p{Lu}[\p{L}\p{N}.&-]*(?: \p{Lu}[\p{L}\p{N}.&-]*){0,4})$/u;

/**
 * The organisation named by body[start, end) after "according to", made an entity when the phrase
 * is a bare capitalised name (`the Lakeside Ledger`, `Harbourwatch`) that no mention covers yet;
 * null for descriptions (`the exit polls in Ohio`, `some on social media`), possessives, times,
 * clause words and names already read as something else (a place, a person).
 */
export function accordingOutlet(
  registry: EntityRegistry,
  start: number,
  end: number,
): number | null {
  const { body } = registry.text;
  const phrase = body.slice(start, end).trim();
  const named = BARE_NAME.exec(phrase);
  if (named === null || /[’']s?\b/u.test(phrase)) return null;
  const name = named[1]!;
  const first = name.split(" ")[0]!;
  if (CLAUSE_STARTERS.has(first) || CALENDAR_WORDS.has(first)) return null;
  const nameStart = body.indexOf(name, start);
  if (nameStart < 0) return null;
  const nameEnd = nameStart + name.length;
  if (
    registry.overlaps(nameStart, nameEnd) &&
    !placeLeadsName(registry, phrase, nameStart, nameEnd)
  )
    return null;
  return newOrganization(registry, nameStart, nameEnd);
}

/** Makes body[start, end) an organisation with a late name mention there, and returns it. */
export function newOrganization(registry: EntityRegistry, start: number, end: number): number {
  const entity = registry.entityFor("organization", registry.text.body.slice(start, end), null);
  registry.pushMention(
    start,
    end,
    "name",
    entity,
    registry.text.sentenceIndexAt(start),
    null,
    true,
  );
  return entity;
}

/**
 * "the Ohio Sentinel": a place the gazetteer read opens the name, capitalised words follow it and
 * "the" stands before it — an outlet named after its place, not the place itself.
 */
function placeLeadsName(
  registry: EntityRegistry,
  phrase: string,
  nameStart: number,
  nameEnd: number,
): boolean {
  // The caller may have cut the "the" off already ("according to the Ohio Sentinel Board").
  const the =
    /^[Tt]he /.test(phrase) ||
    /\b[Tt]he $/.test(registry.text.body.slice(nameStart - 4, nameStart));
  return the && placeOpensName(registry, nameStart, nameEnd);
}

/**
 * Whether the capitalised words body[nameStart, nameEnd) open on a place the gazetteer read and go
 * on past it ("Norland Rising"), with nothing else in the name read as a mention: a name made
 * from a place, which another sign (a "the", an appositive) must show to be an organisation.
 */
export function placeOpensName(
  registry: EntityRegistry,
  nameStart: number,
  nameEnd: number,
): boolean {
  const place = registry.mentions[registry.firstFrom(nameStart)];
  if (place === undefined || place.start !== nameStart || place.end >= nameEnd) return false;
  if (place.entity === null || registry.kindOf(place.entity) !== "place") return false;
  if (!/^ \p{Lu}/u.test(registry.text.body.slice(place.end, nameEnd))) return false;
  if (registry.overlaps(place.end, nameEnd)) return false;
  return !registry.descriptions.some((m) => m.start < nameEnd && m.end > nameStart);
}
