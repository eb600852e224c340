import { NOUN_PHRASE_BREAKS } from "../../../lexicons/function-words.ts";
import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import { RANK_WORDS, TITLE_HEADS, TITLE_WORDS } from "../../../lexicons/title-words.ts";

/**
 * A possessive before a person noun names whose the person is ("the sheriff's deputy"), not the
 * person; before any other noun it is the person ("the actress's agent").
 */
const POSSESSIVE = /['’]s$/;

/**
 * The noun naming the person an age describes, read from the few lowercase words after it ("a
 * 60-year-old, terminally ill woman" → woman): a person noun, a job title's head ("a 35-year-old
 * county's officer" → officer), or a rank word standing alone as the noun ("the 70-year-old
 * deputy", not "deputy minister", whose head is minister). Null at a joining word ("a 10-year-old
 * and her mother": the age is another person's) or when no such noun comes.
 */
export function describedPersonNoun(words: readonly string[]): string | null {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as string;
    if (NOUN_PHRASE_BREAKS.has(word)) return null;
    const next = words[i + 1];
    if (POSSESSIVE.test(word)) {
      // "the 40-year-old actress's agent": the age is the owner's, unless a person noun follows.
      if (next !== undefined && describedPersonNoun([next]) !== null) continue;
      const owner = word.replace(POSSESSIVE, "");
      return PERSON_NOUNS.has(owner) || TITLE_HEADS.has(owner) ? owner : null;
    }
    if (PERSON_NOUNS.has(word) || TITLE_HEADS.has(word)) return word;
    if (RANK_WORDS.has(word) && (next === undefined || !isTitleWord(next))) return word;
  }
  return null;
}

function isTitleWord(word: string): boolean {
  return TITLE_HEADS.has(word) || TITLE_WORDS.has(word) || RANK_WORDS.has(word);
}
