// Mention layer: capitalised words that open a clause rather than a name, and character scans
// for the name chains the word index hands to the patterns.

import { CLAUSE_OPENERS, ING_NAMES } from "../../../lexicons/clause-starters.ts";
import { isRegexSpace, isWordChar } from "../word-index.ts";
import type { MentionRecord } from "./entity-records.ts";

/** Punctuation that ends an opening clause before the pronoun, or makes it more than one clause. */
export const ENDS_AN_OPENING = ',;:“”"(—–';

/**
 * A sentence's first word opens a clause: a subordinator or preposition above, or a participle
 * ("Speaking", "Returning"; not "Nothing", and a capitalised -ing name is a mention, checked apart).
 */
export function opensAClause(word: string): boolean {
  if (CLAUSE_OPENERS.has(word)) return true;
  return word.length > 5 && word.endsWith("ing") && !word.endsWith("thing") && !ING_NAMES.has(word);
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

export function isSpaceOrComma(c: number): boolean {
  return c === 44 || isRegexSpace(c);
}

export function titleKey(m: MentionRecord): string {
  return (m.title ?? "").toLowerCase();
}

/** Characters of the capitalised-word chain before an organisation ending ("U.S. Federal Reserve"). */
function isChainChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 38 || // &
    c === 45 || // -
    c === 46 || // .
    c === 32
  );
}

/**
 * Where ORG_BY_ENDING can start: every word start in the run of chain characters before an
 * ending word ("Group", "Bank", …) that follows a space. Each stretch of text is walked once.
 */
export function endingChainStarts(body: string, endings: readonly number[]): number[] {
  const out: number[] = [];
  let scannedTo = 0;
  for (const q of endings) {
    if (q === 0 || body.charCodeAt(q - 1) !== 32) continue;
    let w = q - 1;
    const floor = Math.max(scannedTo, 0);
    while (w > floor && isChainChar(body.charCodeAt(w - 1))) w -= 1;
    for (let i = w; i < q; i += 1) {
      if (isWordStart(body, i)) out.push(i);
    }
    scannedTo = q;
  }
  return out;
}

function isWordStart(body: string, i: number): boolean {
  return isWordChar(body.charCodeAt(i)) && (i === 0 || !isWordChar(body.charCodeAt(i - 1)));
}
