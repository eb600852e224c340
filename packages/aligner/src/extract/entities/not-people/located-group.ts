// Entity layer: a name after a noun for people and a place preposition ends a description of
// those people by where they are ("police in Orvalia said", "officials at Lakeside said",
// "residents near Trevona said"): they speak, as an unnamed source; the place named is nobody.

import { isPeopleNoun } from "./common-word-name.ts";

/** The word right before "in"/"at"/… that ends the phrase's part before the name. */
const NOUN_THEN_PLACE_PREPOSITION =
  /(?:^|[\s(])(\p{L}[\p{L}-]*)\s+(?:in|at|near|inside|outside|across)\s+$/u;

/**
 * Whether the name starting at `nameStart` in `phrase` follows a people noun and a place
 * preposition ("police in Orvalia"), so the phrase describes a group by place. A person named
 * before the preposition ("Ivo Lund in Orvalia") or a verb ("who lives in Orvalia") is no such noun.
 */
export function namePlacesAGroup(phrase: string, nameStart: number): boolean {
  const m = NOUN_THEN_PLACE_PREPOSITION.exec(phrase.slice(0, nameStart));
  return m !== null && isPeopleNoun(m[1]!.toLowerCase());
}
