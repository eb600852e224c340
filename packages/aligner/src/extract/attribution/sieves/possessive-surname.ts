// Attribution: a possessive surname ("Mr. Vint's rejection of “…”", "Vint's attack on “…”") of a
// person the article names only by a title and that surname ("President Vint said …"). Such a
// person is first met while quotes are read (a speaker phrase) under a name holding its title,
// which surnames/late-surname-echoes.ts does not spread (a title is no word of a name), so no
// surname mention of theirs exists when the possessive sieves ask whom the name names. Issue 11:
// PolNeAR TRAIN BUILD direct quotes left unknown.

import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { honorificGender } from "../../given-name-genders.ts";

/** "Vint", "Mr. Vint", "Mrs. Vint": one capitalised surname, at most an honorific before it. */
const HONORIFIC_SURNAME = /^(?:(Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(\p{Lu}\p{Ll}+)$/u;

/**
 * The one person `name` (at [start, end), followed by a possessive "'s") can name by its surname
 * alone: a named, titled person whose surname it is, of the gender the honorific says. Null when no
 * mention-free possessive is read that way, when two people have the surname (never a guess), or
 * when the surname's only holder is no person: a place or organisation is never made a speaker.
 */
export function possessiveSurnamePerson(
  registry: EntityRegistry,
  body: string,
  start: number,
  end: number,
): number | null {
  if (!/^[’']s?(?![\p{L}])/u.test(body.slice(end, end + 3))) return null;
  const match = HONORIFIC_SURNAME.exec(body.slice(start, end));
  if (match === null) return null;
  const surname = match[2]!;
  const named = registry.namedBy(surname);
  if (named.length !== 1) return null;
  const person = named[0]!;
  const e = registry.entities[person]!;
  if (e.kind !== "person" || e.unnamed || e.surname !== surname) return null;
  // A name of one word only ("Vint") says nothing it is a person's; a title before it does.
  if (e.name.split(" ").length < 2) return null;
  const gender = match[1] === undefined ? null : honorificGender(match[1]);
  if (gender !== null && e.gender !== null && e.gender !== gender) return null;
  // "Mr. Vint" and "Mrs. Vint" both written: a spouse the registry has not met yet may be meant.
  if (bothWith(body, surname)) return null;
  return person;
}

/** The article writes the surname after a man's honorific and after a woman's. */
function bothWith(body: string, surname: string): boolean {
  return (
    new RegExp(`\\bMr\\.? ${surname}\\b`, "u").test(body) &&
    new RegExp(`\\b(?:Mrs|Ms|Miss)\\.? ${surname}\\b`, "u").test(body)
  );
}
