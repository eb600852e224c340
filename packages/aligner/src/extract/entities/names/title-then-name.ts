// Entity layer: a title then a name at the end of a speaker phrase ("U.S. Attorney Maya Sorrel",
// "Idaho software executive Lee Varn"), and the words before a name that describe the person.

import { PERSON_NOUNS } from "../../../../lexicons/person-nouns.ts";
import { TITLE_ABBREVIATIONS } from "../../../../lexicons/title-abbreviations.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
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

/** "City", "County", "State" after a place: part of the post's place ("New York City Mayor"). */
const PLACE_KINDS: ReadonlySet<string> = new Set(["City", "County", "State"]);

/** A post's head word, capitalised ("Mayor"), or a title's abbreviation ("Gov.", "Lt."). */
function postHead(word: string): boolean {
  if (word.endsWith(".")) return TITLE_ABBREVIATIONS.has(word.slice(0, -1));
  return /^\p{Lu}/u.test(word) && TITLE_HEADS.has(word.toLowerCase());
}

/**
 * Where the holder's name starts in `tail`, the words after a place opening a speaker phrase,
 * when they are a post the place heads and then one or two capitalised words ending the phrase:
 * "New York City Mayor Vint said", "said Oregon Gov. Vint", "Oregon Secretary of State Vint" →
 * "Vint". The place says whose post it is and never speaks (the cue reader's clause-subject.ts
 * reads the same post for a participle clause). The post ends on a head word or abbreviation,
 * or on "of" and one word after a head ("Secretary of State"), so "Oregon National Guard Vint"
 * is none. -1 when the words are no such post.
 */
export function nameAfterPlacePost(tail: string): number {
  const words = [...tail.matchAll(/\S+/g)];
  let i = 0;
  if (PLACE_KINDS.has(words[0]?.[0] ?? "")) i += 1;
  let headed = false;
  let endsOnHead = false;
  while (i < words.length) {
    const word = words[i]![0];
    if (postHead(word)) {
      headed = true;
      endsOnHead = true;
    } else if (word === "of" && endsOnHead && /^\p{Lu}\p{Ll}+$/u.test(words[i + 1]?.[0] ?? "")) {
      i += 1;
    } else if (/^\p{Lu}/u.test(word) && isTitleWord(word)) {
      endsOnHead = false;
    } else break;
    i += 1;
  }
  const name = words.slice(i);
  if (!headed || !endsOnHead || name.length < 1 || name.length > 2) return -1;
  if (!name.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w[0]) && !describesName(w[0]))) return -1;
  return name[0]!.index;
}
