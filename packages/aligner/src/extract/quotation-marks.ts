import { firstIndexWhere } from "../sorted-search.ts";
import type { ParagraphRange } from "./paragraph-ranges.ts";

/** One stretch of text between quotation marks, inside a single paragraph. */
export type Quotation = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph end when the quotation runs on. */
  close: number;
  /** Inner text bounds (marks and surrounding spaces excluded). */
  start: number;
  end: number;
  /** No closing mark in this paragraph: news style continues the quotation in the next one. */
  runsOn: boolean;
  paragraphIndex: number;
};

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const STRAIGHT = 34;

/**
 * Pairs quotation marks paragraph by paragraph: curly “…” by direction, straight "…" by alternation.
 * A mark left open at a paragraph's end makes a quotation that runs on to the paragraph's end.
 */
export function findQuotations(body: string, paragraphs: readonly ParagraphRange[]): Quotation[] {
  const out: Quotation[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    let openAt = -1;
    let openKind = 0;
    for (let i = paragraph.start; i < paragraph.end; i += 1) {
      const c = body.charCodeAt(i);
      if (c !== OPEN_CURLY && c !== CLOSE_CURLY && c !== STRAIGHT) continue;
      if (openAt < 0) {
        if (c === CLOSE_CURLY) continue;
        openAt = i;
        openKind = c;
      } else if (
        (openKind === OPEN_CURLY && c === CLOSE_CURLY) ||
        (openKind === STRAIGHT && c === STRAIGHT)
      ) {
        push(body, openAt, i, false, paragraphIndex, out);
        openAt = -1;
      } else if (openKind === OPEN_CURLY && c === OPEN_CURLY) {
        // A new opening mark before the close: the earlier quotation ran on unclosed.
        push(body, openAt, i, true, paragraphIndex, out);
        openAt = i;
      }
    }
    if (openAt >= 0) push(body, openAt, paragraph.end, true, paragraphIndex, out);
  });
  return out;
}

function push(
  body: string,
  open: number,
  close: number,
  runsOn: boolean,
  paragraphIndex: number,
  out: Quotation[],
): void {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(body[start] ?? "")) start += 1;
  while (end > start && /\s/.test(body[end - 1] ?? "")) end -= 1;
  // Trailing comma before the closing mark belongs to the sentence, not the words.
  while (end > start && body[end - 1] === ",") end -= 1;
  if (end > start) out.push({ open, close, start, end, runsOn, paragraphIndex });
}

/** Index of the quotation containing `offset` (between its marks), or -1. Binary search. */
export function quotationAt(quotations: readonly Quotation[], offset: number): number {
  // Quotations are disjoint and in text order: the first closing at or after `offset` is the only
  // one that can enclose it.
  const at = firstIndexWhere(quotations, (q) => q.close >= offset);
  const q = quotations[at];
  return q !== undefined && q.open <= offset ? at : -1;
}

/**
 * A quotation mark, as the attribution sieves test a stretch for one: an earlier quotation in a
 * sentence brings its own attribution, so a sieve reading the sentence's clause for a later one
 * abstains.
 */
export const QUOTATION_MARK = /[“”"]/;

/**
 * The same, also taking two apostrophes for a double mark (`''`): ArticleText reads paired ones as
 * curly marks already (quote-mark-styles.ts), so this adds only a stray pair left as typed.
 */
export const QUOTATION_MARK_OR_APOSTROPHES = /[“”"]|''/;
