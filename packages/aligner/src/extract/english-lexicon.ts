// Language layer: whether a word is in wink-nlp's English lexicon (wink-eng-lite-web-model).
// The shared instance's lexicon size is read before any word is (english-model.ts): an unknown word
// another module read first has an id past it, as one read here does.
import { LEXICON_SIZE, tokenId } from "../english-model.ts";

const known = new Map<string, boolean>();

/**
 * Whether the model's English lexicon holds `word` (lowercase, one token): "police", "mall",
 * "cowboys" yes; rare surnames such as "holyfield" or "matsuzaka" no. Answers are memoised.
 */
export function isEnglishWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    if (known.size > 50_000) known.clear();
    answer = /^[a-z]+$/.test(word) && tokenId(word) < LEXICON_SIZE;
    known.set(word, answer);
  }
  return answer;
}
