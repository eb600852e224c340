// Entity layer: a description of a person by where they come from — "the senator from Oregon",
// "the governor of Ohio", "a lawyer from Idaho" — speaks as the one person the article named with
// those words around the name ("Sen. Ivo Vint (D-Ore.)"), else as an unnamed source; never as the
// place that closes the phrase.

import { PERSON_NOUNS, SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { PLACES } from "../../../../lexicons/places.ts";
import { STATE_NAMES } from "../../../../lexicons/state-abbreviations.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { EntityRegistry } from "../entity-registry.ts";

const PLACE_WORDS: ReadonlySet<string> = new Set([
  ...PLACES.map((p) => p.toLowerCase()),
  ...STATE_NAMES,
]);

/** Nouns a description of someone ends on ("senator", "lawyer", "farmer"). */
const PERSON_HEADS: ReadonlySet<string> = new Set([
  ...PERSON_NOUNS,
  ...SPEAKS_FOR_SOMEONE,
  ...TITLE_HEADS,
]);

/** A determiner, up to two lowercase words, a person noun, "from"/"of", a place of 1–3 words. */
const FROM_PLACE =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)\s+(?:from|of)\s+(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2})$/u;

/**
 * The place key a description phrase ends on after its person noun ("the senator from Oregon" →
 * "oregon"), with the words before "from"/"of"; null when the phrase is no such description.
 */
export function placeTail(phrase: string): { before: string; place: string } | null {
  const m = FROM_PLACE.exec(phrase);
  if (m === null || !PERSON_HEADS.has(m[1]!)) return null;
  const place = m[2]!.replace(/\.$/u, "").toLowerCase();
  if (!PLACE_WORDS.has(place)) return null;
  return {
    before: phrase.slice(0, phrase.length - m[2]!.length).replace(/\s+\S+\s*$/u, ""),
    place,
  };
}

/**
 * "said the lawyer from Idaho" when no one person fits the description: an unnamed source named
 * by the whole phrase, recorded as its description mention; null when the phrase is no such
 * description (the rules after this one read it then).
 */
export function unnamedFromPlace(r: EntityRegistry, start: number, end: number): number | null {
  const phrase = r.text.body.slice(start, end);
  if (placeTail(phrase) === null) return null;
  const index = r.entityFor("person", phrase, null);
  r.entities[index]!.unnamed = true;
  if (!r.descriptionStarts.has(start)) {
    r.descriptionStarts.add(start);
    r.pushMention(start, end, "description", index, r.text.sentenceIndexAt(start), null);
  }
  return index;
}
