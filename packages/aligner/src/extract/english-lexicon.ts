// Language layer: whether a word is in wink-nlp's English lexicon (wink-eng-lite-web-model).
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

// A private instance: wink's cache is per instance and learns every unknown word it reads, so the
// first unknown word read here has the first id past the model's own lexicon, whatever other
// modules read.
const nlp = winkNLP(model, []);
const its = nlp.its;
const idOf = (word: string): number =>
  nlp.readDoc(word).tokens().itemAt(0).out(its.uniqueId) as number;
const LEXICON_SIZE = idOf("qzxqvjkw");
const known = new Map<string, boolean>();

/**
 * Whether the model's English lexicon holds `word` (lowercase, one token): "police", "mall",
 * "cowboys" yes; rare surnames such as "holyfield" or "matsuzaka" no. Answers are memoised.
 */
export function isEnglishWord(word: string): boolean {
  let answer = known.get(word);
  if (answer === undefined) {
    if (known.size > 50_000) known.clear();
    answer = /^[a-z]+$/.test(word) && idOf(word) < LEXICON_SIZE;
    known.set(word, answer);
  }
  return answer;
}
