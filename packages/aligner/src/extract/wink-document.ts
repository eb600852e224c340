import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
// String.prototype.trim and regex \s remove the same units (ECMAScript WhiteSpace + LineTerminator).
import { isRegexSpace } from "./word-index.ts";

/**
 * One wink-nlp pass over a text. Only the `sbd` pipe runs: POS and NER would triple the cost and
 * the extractors read names, figures and dates with their own linear scans.
 */
export type TokenizedText = {
  /** Character offset just after the last token of each sentence wink found. */
  sentenceEnds: number[];
};

const nlp = winkNLP(model, ["sbd"]);
const { its } = nlp;

/**
 * wink-nlp's sentence ends as offsets: the end of each sentence's last token, trailing
 * whitespace tokens left out (as wink's own sentence text is trimmed). wink's tokenisation is
 * lossless, so each token's value is found verbatim, in order, in the input; walking the token
 * values (strings wink already holds) avoids building every sentence's text. Should a token not
 * follow the previous one after plain spaces only (wink may rebuild other whitespace between
 * tokens differently), wink's sentence texts are located instead, exactly as before.
 */
export function tokenizeText(text: string): TokenizedText {
  const doc = nlp.readDoc(text);
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const values = doc.tokens().out() as string[];
  const sentenceEnds: number[] = [];
  let cursor = 0;
  let pos = 0;
  let s = 0;
  for (let i = 0; i < values.length && s < spans.length; i += 1) {
    const value = values[i]!;
    let at = pos;
    while (text.charCodeAt(at) === 32) at += 1;
    // Tokens are a character or a few: comparing in place beats a call to startsWith.
    let k = 0;
    while (k < value.length && text.charCodeAt(at + k) === value.charCodeAt(k)) k += 1;
    if (k < value.length || value.charCodeAt(0) === 32) return locateSentences(doc, text);
    pos = at + value.length;
    while (s < spans.length && spans[s]![1] === i) {
      let end = pos;
      while (end > cursor && isRegexSpace(text.charCodeAt(end - 1))) end -= 1;
      cursor = end;
      sentenceEnds.push(cursor);
      s += 1;
    }
  }
  if (s < spans.length) return locateSentences(doc, text);
  return { sentenceEnds };
}

/** The sentence texts wink builds, each found in order in the input. */
function locateSentences(doc: ReturnType<typeof nlp.readDoc>, text: string): TokenizedText {
  const sentences = doc.sentences().out();
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
