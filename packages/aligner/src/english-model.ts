// Language layer: the aligner's one wink-nlp instance (wink-eng-lite-web-model with its POS pipe),
// shared by lemmatisation (align/lemmas.ts) and the lexicon check (extract/english-lexicon.ts):
// each instance parses the whole model again, a second one doubled that part of the cold start.
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

export const nlp = winkNLP(model, ["pos"]);
export const its = nlp.its;

/** The id wink gives the first token of a one-word text. */
export const tokenId = (word: string): number =>
  nlp.readDoc(word).tokens().itemAt(0).out(its.uniqueId) as number;

/**
 * The size of the model's own lexicon: its words have ids below it. wink's cache learns every
 * unknown word it reads and gives it the next id, so the first unknown word read gets this one.
 * Read here, as the instance is made and before any module can read a word through it, it does
 * not depend on what was read first (a word lemmatised before the lexicon check was loaded would
 * otherwise count as known).
 */
export const LEXICON_SIZE = tokenId("qzxqvjkw");
