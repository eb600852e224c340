// Entity layer: a lone capitalised word after "from"/"of"/"in" that follows a noun for people or a
// determiner-led description ("the senator from Norland", "the mayor of Velden", "residents of
// Orvale", "a farmer in Norland", "the governor of Norland, Ada Lund,") says where someone is from
// or what they lead: it is a place or a body, never the person speaking (speaker-phrases/name.ts). The
// description speaks, or nobody does; a word the article names as a person in full (`Ivo
// Norland`) is resolved before this is asked.

import { isKinNoun, isPeopleNoun } from "./common-word-name.ts";

/** The sentence text right before the name: a word, then "from"/"of"/"in". */
const WORD_THEN_PREPOSITION = /(?:^|[\s(“"‘'])(\p{L}[\p{L}-]*)\s+(?:from|of|in)\s+$/u;

/** A determiner, up to two lowercase words, a lowercase head noun and the preposition. */
const DESCRIPTION_THEN_PREPOSITION =
  /(?:^|[\s(“"‘'])(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*\s+(?:from|of|in)\s+$/u;

/** How far back from the name the description may start. */
const REACH = 60;

/**
 * Whether the one-word name starting at `nameStart` in `body` follows a noun for people (or a
 * determiner-led description) and "from"/"of"/"in", so that it names where the described person
 * is, never that person. `sentenceStart` bounds the look-back.
 */
export function placeAfterDescribedPerson(
  body: string,
  sentenceStart: number,
  nameStart: number,
): boolean {
  const before = body.slice(Math.max(sentenceStart, nameStart - REACH), nameStart);
  const m = WORD_THEN_PREPOSITION.exec(before);
  if (m === null) return false;
  // "Ada Lund of Norland": a capitalised word before "of" is a name, read by its own rules.
  const word = m[1]!;
  // "the daughter of Vint": a relative is named by the person, who stays a person.
  if (isKinNoun(word.toLowerCase())) return false;
  if (/^\p{Ll}/u.test(word) && isPeopleNoun(word)) return true;
  return DESCRIPTION_THEN_PREPOSITION.test(before);
}
