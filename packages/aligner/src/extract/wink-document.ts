import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";

/**
 * One wink-nlp pass over a text: token offsets and wink's own sentence ends, as plain arrays so the
 * extractors never re-tokenise. Only the `sbd` pipe runs: POS and NER would triple the cost and the
 * extractors read names, figures and dates with their own linear scans.
 */
export type TokenizedText = {
  /** Start offset of each token in the text. */
  tokenStarts: Int32Array;
  /** End offset (exclusive) of each token. */
  tokenEnds: Int32Array;
  /** Character offset just after the last token of each sentence wink found. */
  sentenceEnds: number[];
};

const nlp = winkNLP(model, ["sbd"]);
const its = nlp.its;

export function tokenizeText(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces);
  const tokenStarts = new Int32Array(values.length);
  const tokenEnds = new Int32Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i += 1) {
    offset += (spaces[i] ?? "").length;
    tokenStarts[i] = offset;
    offset += (values[i] ?? "").length;
    tokenEnds[i] = offset;
  }
  const sentenceEnds: number[] = [];
  for (const [, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    const end = tokenEnds[last];
    if (end !== undefined) sentenceEnds.push(end);
  }
  return { tokenStarts, tokenEnds, sentenceEnds };
}

/** Bare wink-nlp tokenisation, the benchmark's yardstick. Returns the token count. */
export function countWinkTokens(text: string): number {
  return bareNlp.readDoc(text).tokens().length();
}

const bareNlp = winkNLP(model, []);
