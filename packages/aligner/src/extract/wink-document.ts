import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
// String.prototype.trim and regex \s remove the same units (ECMAScript WhiteSpace + LineTerminator).
import { isRegexSpace } from "./word-index.ts";

/** Where sentences may end, from one wink-nlp tokenisation of a text. */
export type TokenizedText = {
  /** Character offset just after each token run that can end a sentence, ascending. */
  sentenceEnds: number[];
};

/**
 * wink-nlp's tokeniser alone. Its `sbd` pipe is not run: it cost 1.3x the tokenisation itself,
 * and `splitSentences` has to judge every break again for news English anyway ("U.S. President",
 * `...," he said.`, quotes of several sentences). POS and NER are not run either: the extractors
 * read names, figures and dates with their own linear scans.
 */
const nlp = winkNLP(model, []);

/**
 * Candidate sentence ends: after a token ending in ".", "!" or "?" (so "U.S." and "Oct." too;
 * numbers such as "3.5" are one token and never end in a dot), taking in closing quotes and
 * brackets written right after it, when whitespace or the end of the text follows. Ellipses are
 * left to `splitSentences`, which proposes them itself. wink's tokenisation is lossless, so each
 * token's value is found verbatim, in order, in the input; should a token not follow the previous
 * one after plain spaces only, the same rule runs over the characters instead.
 */
export function tokenizeText(text: string): TokenizedText {
  const values = nlp.readDoc(text).tokens().out() as string[];
  const sentenceEnds: number[] = [];
  let pos = 0;
  let pending = -1;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    let at = pos;
    while (text.charCodeAt(at) === 32) at += 1;
    pos = at + value.length;
    const first = value.charCodeAt(0);
    // Only the tokens that decide an end are compared with the text; a token anywhere out of
    // step shifts every later one, which the check at the end of the text catches.
    if (pending === at && value.length === 1 && isCloser(first)) {
      if (text.charCodeAt(at) !== first) return scanSentenceEnds(text);
      pending = pos;
      continue;
    }
    if (pending >= 0) {
      if (isRegexSpace(text.charCodeAt(pending))) sentenceEnds.push(pending);
      pending = -1;
    }
    if (endsSentence(value)) {
      if (first === 32 || !text.startsWith(value, at)) return scanSentenceEnds(text);
      pending = pos;
    }
  }
  while (text.charCodeAt(pos) === 32) pos += 1;
  if (pos !== text.length) return scanSentenceEnds(text);
  if (pending >= 0) sentenceEnds.push(pending);
  return { sentenceEnds };
}

/** The same rule as `tokenizeText`, over characters: its fallback, and its check in tests. */
export function scanSentenceEnds(text: string): TokenizedText {
  const sentenceEnds: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (c === 46 && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i + 1) === 46)) continue;
    let end = i + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end += 1;
    if (end === text.length || isRegexSpace(text.charCodeAt(end))) sentenceEnds.push(end);
    i = end - 1;
  }
  return { sentenceEnds };
}

/** ".", "!", "?" or a word ending in a dot ("U.S.", "Oct."), but not an ellipsis. */
function endsSentence(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  if (last === 33 || last === 63) return true;
  return last === 46 && value.charCodeAt(value.length - 2) !== 46;
}

/** Closing quotation marks and brackets: ” ’ " ' ) ] » */
function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}

/** Bare wink-nlp tokenisation, the benchmark's yardstick. Returns the token count. */
export function countWinkTokens(text: string): number {
  return nlp.readDoc(text).tokens().length();
}
