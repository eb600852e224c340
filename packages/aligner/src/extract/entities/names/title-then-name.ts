// Entity layer: a title then a name at the end of a speaker phrase ("U.S. Attorney Maya Sorrel",
// "Idaho software executive Lee Varn"), and the words before a name that describe the person.

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { isTitleWord } from "../speaker-phrases/rules.ts";

/** A capitalised word before a name that describes the person: a title word or a person noun. */
export function describesName(word: string): boolean {
  return isTitleWord(word) || PERSON_NOUNS.has(word.toLowerCase());
}

/**
 * Whether `tail` is a title then a name of two to four capitalised words: a capitalised title word
 * ("U.S. Attorney Maya Sorrel"), or, after a place that opens the phrase, lowercase words
 * ending in a title or person noun ("Idaho software executive Lee Varn").
 */
export function titleThenName(tail: string, afterPlace: boolean): boolean {
  const m = /^\s+(\p{Lu}[\p{L}.-]*)((?:\s+\p{Lu}[\p{L}.'’-]*){2,4})$/u.exec(tail);
  if (m !== null) return isTitleWord(m[1]!) && !describesName(/\S+/.exec(m[2]!)![0]);
  // Lowercase title words only after a place opening the phrase: it says where the person is.
  if (!afterPlace) return false;
  const lower = /^\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)((?:\s+\p{Lu}[\p{L}.'’-]*){2,4})$/u.exec(
    tail,
  );
  return lower !== null && describesName(lower[1]!) && !describesName(/\S+/.exec(lower[2]!)![0]);
}
