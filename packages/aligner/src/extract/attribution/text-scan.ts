// Character-level scans the cue readers share: word and space boundaries read backwards and
// forwards, commas and quotation marks before an offset, word counts.

import { firstIndexWhere } from "../../sorted-search.ts";
import type { Quotation } from "../quotation-marks.ts";
import { isRegexSpace, isWordChar } from "../word-index.ts";
import { SUBJECT_BOUNDARY_MARKS } from "./cues/cue-subject.ts";
import { ADVERBS } from "./sieve-words.ts";

/** Start of the whitespace run ending at `end` (not before `lo`). */
export function spaceStartBack(body: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && isRegexSpace(body.charCodeAt(i - 1))) i -= 1;
  return i;
}

/** Start of the word-character run ending at `end` (not before `lo`). */
export function wordStartBack(body: string, lo: number, end: number): number {
  let i = end;
  while (i > lo && isWordChar(body.charCodeAt(i - 1))) i -= 1;
  return i;
}

/**
 * Start of the adverbs ending at `end` ("but now said", ", recently telling"): the offset the
 * verb's clause reads from; `end` itself when no adverb comes before it.
 */
export function adverbsBack(body: string, lo: number, end: number): number {
  let at = end;
  for (let n = 0; n < 2; n += 1) {
    const e = spaceStartBack(body, lo, at);
    const start = wordStartBack(body, lo, e);
    if (start === e || !LEAD_ADVERBS.has(body.slice(start, e))) break;
    at = start;
  }
  return at;
}

/** Adverbs between a conjunction or a comma and the verb (sieve-words.ts ADVERBS, and "now"). */
const LEAD_ADVERBS: ReadonlySet<string> = new Set([...ADVERBS, "now"]);

/** `/,\s*$/` on body[lo, end). */
export function endsWithComma(body: string, lo: number, end: number): boolean {
  const e = spaceStartBack(body, lo, end);
  return e > lo && body.charCodeAt(e - 1) === 44;
}

/**
 * A comma closing the clause before `end`, in front of a closing quotation mark as American style
 * sets it (`on "Morning Show," adding`) or on its own. Doubled apostrophes (`Show,'' adding`) read
 * as `Show, ” adding` (quote-mark-styles.ts): a space may stand between the comma and the mark.
 */
export function endsWithClauseComma(body: string, lo: number, end: number): boolean {
  if (endsWithComma(body, lo, end)) return true;
  const e = spaceStartBack(body, lo, end);
  const c = body.charCodeAt(e - 1);
  if (e - 1 <= lo || (c !== 0x201d && c !== 34)) return false;
  const comma = body.charCodeAt(e - 2) === 32 && c === 0x201d ? e - 3 : e - 2;
  return comma >= lo && body.charCodeAt(comma) === 44;
}

/** `/[”"],?\s*$/` on body[lo, end): the verb comes right after a closing quotation mark. */
export function closesQuotation(body: string, lo: number, end: number): boolean {
  let e = spaceStartBack(body, lo, end);
  if (e > lo && body.charCodeAt(e - 1) === 44) e -= 1;
  if (e <= lo) return false;
  const c = body.charCodeAt(e - 1);
  return c === 0x201d || c === 34;
}

/** `/\b(?:and|but)\s+$/` on body[lo, end). */
export function isAndOrBut(body: string, lo: number, end: number): boolean {
  const e = spaceStartBack(body, lo, end);
  if (e === end) return false;
  const w = body.slice(wordStartBack(body, lo, e), e);
  return w === "and" || w === "but";
}

export function insideQuotation(
  quotations: readonly Quotation[],
  inSentence: readonly number[],
  offset: number,
): boolean {
  // The quotations are disjoint and in text order: only the first closing after `offset` can hold
  // it (a scan of the sentence's quotations for every verb was quadratic on a run-on text).
  const q =
    quotations[inSentence[firstIndexWhere(inSentence, (qi) => quotations[qi]!.close > offset)]!];
  return q !== undefined && q.open <= offset;
}

/**
 * Offsets in the sentence where a pattern led by one of the words at `verbStarts` can match
 * (SPEECH_VERB, OCCASION): those words of the body inside it,
 * plus the sentence's first and last word when the sentence cuts a word of the body (there `\b`
 * holds in the sentence but not in the body).
 */
export function verbOffsets(
  body: string,
  sStart: number,
  sEnd: number,
  verbStarts: readonly number[],
): number[] {
  const out: number[] = [];
  if (sStart > 0 && isWordChar(body.charCodeAt(sStart - 1))) out.push(0);
  for (
    let i = firstIndexWhere(verbStarts, (at) => at >= sStart);
    i < verbStarts.length && verbStarts[i]! < sEnd;
    i += 1
  ) {
    out.push(verbStarts[i]! - sStart);
  }
  if (sEnd < body.length && isWordChar(body.charCodeAt(sEnd)) && sEnd > sStart) {
    let w = sEnd;
    while (w > sStart && isWordChar(body.charCodeAt(w - 1))) w -= 1;
    out.push(w - sStart);
  }
  return out.sort((a, b) => a - b);
}

/** End of the whitespace run starting at `start` (not past `limit`). */
export function spaceEnd(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit && isRegexSpace(body.charCodeAt(i))) i += 1;
  return i;
}

/** End of a word at `start`: letters, digits, apostrophes, hyphens and inner dots ("U.S."). */
export function wordEndAt(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const c = body.charCodeAt(i);
    if (
      isWordChar(c) ||
      ((c === 39 || c === 0x2019 || c === 45 || c === 46) &&
        i > start &&
        i + 1 < limit &&
        !isRegexSpace(body.charCodeAt(i + 1)))
    ) {
      i += 1;
    } else if (c === 46 && i > start && body.charCodeAt(i - 2) === 46) {
      i += 1; // the last dot of "U.S."
    } else break;
  }
  return i;
}

/** The words of body[lo, end) after its last punctuation mark (the clause up to `end`). */
export function wordsBefore(body: string, lo: number, end: number): string {
  let i = end;
  while (i > lo && !SUBJECT_BOUNDARY_MARKS.includes(body[i - 1]!) && body[i - 1] !== ".") i -= 1;
  return body.slice(i, end);
}

/** Words in a text: runs that start with a letter or digit (ASCII fast path, Unicode otherwise). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const alnum = isWordCharAt(text, i);
    if (alnum && !inWord) count += 1;
    inWord = alnum || (inWord && (c === 39 || c === 0x2019 || c === 46 || c === 45));
  }
  return count;
}

const LETTER = /[\p{L}\p{N}]/u;

function isLetter(ch: string): boolean {
  return LETTER.test(ch);
}

/** Never empty (it starts at a quotation mark), so an exec loop always advances. */
const QUOTED_RUN = /[“"]([^”"]*)[”"]?/g;

export function countQuotedWords(body: string, start: number, end: number): number {
  const slice = body.slice(start, end);
  let total = 0;
  QUOTED_RUN.lastIndex = 0;
  for (let m = QUOTED_RUN.exec(slice); m !== null; m = QUOTED_RUN.exec(slice)) {
    total += countWords(m[1] ?? "");
  }
  return total;
}

/** Offsets of a span's first and last letter or digit (as countWords reads them); [-1, -1] if none. */
export function firstAndLastWordChar(body: string, start: number, end: number): [number, number] {
  let first = -1;
  for (let i = start; i < end && first < 0; i += 1) if (isWordCharAt(body, i)) first = i;
  if (first < 0) return [-1, -1];
  let last = end - 1;
  while (last > first && !isWordCharAt(body, last)) last -= 1;
  return [first, last];
}

function isWordCharAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c > 127 && isLetter(body[i]!))
  );
}

/** How far after a speech verb its reported content may run. */
export const REPORT_REACH = 1500;

/**
 * Whether a sentence is a run-on one, longer than a report may reach (a page of quotations with no
 * full stop): no clause to read a cue in, and reading it back from each of its quotations would
 * cost time quadratic in its length.
 */
export function isRunOn(sentence: { start: number; end: number }): boolean {
  return sentence.end - sentence.start > REPORT_REACH;
}
