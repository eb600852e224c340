// Attribution layer, part of the main-clause sieve: a sentence whose opening clause holds another
// speaker's quotation ("After Ed Moss called the plan “a disgrace,” Vint thanked Roe for “taking
// these steps.”"). The earlier quotation belongs to the opening clause; the main clause after the
// comma that closes it is read as the sieve reads any sentence.

import { OPENING_CLAUSE_WORDS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import { QUOTATION_MARK_OR_APOSTROPHES } from "../../quotation-marks.ts";

/** Words that open a clause or phrase before the main clause, and "as" ("As Moss put it “…”, …"). */
const OPENERS: ReadonlySet<string> = new Set([...OPENING_CLAUSE_WORDS, "as"]);

/** The sentence's first word, past a conjunction and its comma ("And, in a clip …"). */
const FIRST_WORD = /^\s*(?:(?:And|But|So|Yet)\s*,?\s+)?(\p{L}+)\s/u;

/**
 * Where the main clause starts in the sentence opening at `start`, when the sentence opens with a
 * subordinate or prepositional clause holding every quotation before the one at `open`: just
 * after the first comma at or after the last of them closes ("“distasteful,” Vint …",
 * "“a disgrace” in May, Vint …"). Null when the sentence opens otherwise, an earlier quotation
 * runs on or is still open, or another mark stands between that comma and `open`.
 */
export function mainClauseAfterQuotedOpener(
  text: ArticleText,
  start: number,
  open: number,
): number | null {
  const { body } = text;
  const first = FIRST_WORD.exec(body.slice(start, open))?.[1]?.toLowerCase();
  if (first === undefined || !OPENERS.has(first)) return null;
  let lastClose = -1;
  for (const q of text.quotations) {
    if (q.open < start || q.open >= open) continue;
    if (q.runsOn || q.close >= open) return null;
    lastClose = q.close;
  }
  if (lastClose < 0) return null;
  // The comma may stand inside the closing mark (“…,”) or after it (“…”,).
  const comma = body.indexOf(",", lastClose - 1);
  if (comma < 0 || comma >= open) return null;
  const from = Math.max(comma, lastClose) + 1;
  if (QUOTATION_MARK_OR_APOSTROPHES.test(body.slice(from, open))) return null;
  return from;
}
