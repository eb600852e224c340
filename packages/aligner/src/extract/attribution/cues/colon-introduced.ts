import type { ArticleText } from "../../article-text.ts";

/**
 * `After Vint said that ferries do better at “quiet ports,” Lund said: “I don't like it.”`: a
 * quotation whose opening mark follows a colon is introduced by the words before that colon.
 * So a cue ending on the colon closes no earlier quotation, and a reported clause begun before the
 * colon ("Vint said that …") does not run on into the quotation after it.
 */

/** The cue ending at `verbEnd` goes on to a colon and an opening quotation mark. */
export function opensColonQuotation(body: string, verbEnd: number): boolean {
  return /^\s*:\s*[“"‘']/.test(body.slice(verbEnd, verbEnd + 6));
}

/** The longest lead-in a message sieve reads before its colon (`A memo from Ada Lund read:`). */
const LEAD_IN_CHARS = 120;

/**
 * The sentence's words before a colon that introduces a quotation, from past the sentence's
 * spaces and opening marks: null when the colon's sentence is unknown or the lead-in is longer.
 */
export function leadInBefore(
  text: ArticleText,
  colon: number,
): { start: number; clause: string } | null {
  const sentence = text.sentenceAt(colon);
  if (sentence === undefined) return null;
  const { body } = text;
  let start = sentence.span.start;
  while (start < colon && /[\s“"]/.test(body[start] as string)) start += 1;
  if (colon - start > LEAD_IN_CHARS) return null;
  return { start, clause: body.slice(start, colon) };
}

/** The index of a colon right before `open`, spaces allowed between them; -1 if none. */
export function colonRightBefore(body: string, open: number): number {
  let at = open;
  while (at > 0 && body.charCodeAt(at - 1) === 32) at -= 1;
  return body[at - 1] === ":" ? at - 1 : -1;
}

/** A colon stands right before the opening mark at `open`, after `from`. */
export function colonBefore(body: string, from: number, open: number): boolean {
  const before = body.slice(Math.max(from, open - 4), open);
  return /:\s*$/.test(before);
}
