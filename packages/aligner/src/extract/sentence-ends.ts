// String.prototype.trim and regex \s remove the same units (ECMAScript WhiteSpace + LineTerminator).
import { isRegexSpace } from "./word-index.ts";

/**
 * Where sentences may end: after ".", "!" or "?" (closing quotes and brackets written right after
 * it taken in) when whitespace or the end of the text follows. Dots inside numbers ("3.5") and
 * words ("U.S.-Korea", "example.com") are never followed by whitespace; ellipses are left to
 * `splitSentences`, which proposes them itself. Offsets, ascending.
 *
 * Why not a tokeniser's sentence boundaries: wink-nlp's `sbd` pipe cost 1.3x its tokenisation,
 * and `splitSentences` had to judge every one of its breaks again for news English ("U.S.
 * President", `...," he said.`, quotes of several sentences). The breaks wink's bare tokens then
 * proposed (a token ending in . ! ? before whitespace) are exactly the ones this scan finds —
 * `sentence-ends.test.ts` checks that against wink on the corpus and on generated text — so
 * extraction no longer tokenises at all.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    if (c === 46 && (text.charCodeAt(i - 1) === 46 || text.charCodeAt(i + 1) === 46)) continue;
    let end = i + 1;
    while (end < text.length && isCloser(text.charCodeAt(end))) end += 1;
    // `port.'' It` reads as `port. ” It` (quote-mark-styles.ts): the spaced mark closes it too.
    if (text.charCodeAt(end) === 32 && text.charCodeAt(end + 1) === 0x201d) {
      end += 2;
      while (end < text.length && isCloser(text.charCodeAt(end))) end += 1;
    }
    if (end === text.length || isRegexSpace(text.charCodeAt(end))) ends.push(end);
    i = end - 1;
  }
  return ends;
}

/** Closing quotation marks and brackets: ” ’ " ' ) ] » */
export function isCloser(c: number): boolean {
  return c === 0x201d || c === 0x2019 || c === 34 || c === 39 || c === 41 || c === 93 || c === 0xbb;
}
