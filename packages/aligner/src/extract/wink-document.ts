import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * One wink-nlp pass over a text. Only the `sbd` pipe runs: POS and NER would triple the cost and
 * the extractors read names, figures and dates with their own linear scans.
 */
export type TokenizedText = {
  /** Character offset just after the last token of each sentence wink found. */
  sentenceEnds: number[];
};

const nlp = winkNLP(model, ["sbd"]);

/**
 * wink-nlp's sentence ends as offsets. wink's tokenisation is lossless, so each sentence's text
 * is found verbatim, in order, in the input: locating them with indexOf avoids materialising
 * per-token arrays on long inputs.
 */
export function tokenizeText(text: string): TokenizedText {
  const sentences = nlp.readDoc(text).sentences().out();
  const sentenceEnds: number[] = [];
  let cursor = 0;
  for (const sentence of sentences) {
    const at = text.indexOf(sentence, cursor);
    if (at < 0) continue;
    cursor = at + sentence.length;
    sentenceEnds.push(cursor);
  }
  return { sentenceEnds };
}

/** Bare wink-nlp tokenisation, the benchmark's yardstick. Returns the token count. */
export function countWinkTokens(text: string): number {
  return bareNlp.readDoc(text).tokens().length();
}

const bareNlp = winkNLP(model, []);
