import { JUDGING_VERB_FORMS, REPORTING_VERB_FORMS } from "../../../lexicons/reporting-verbs.ts";

// The words the attribution sieves read next to a quotation's marks, and the verb list they use.

export const VERBS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));
/** Verbs whose predicate quotes their subject: reporting verbs and verbs of judging in words. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...VERBS,
  ...JUDGING_VERB_FORMS.trim().split(/\s+/),
]);
/** Adverbs between a subject and its verb: "Roe later said", "he then added". */
export const ADVERBS = new Set(
  "also then later again once previously recently earlier further simply finally quickly flatly repeatedly".split(
    " ",
  ),
);
/** A word as the sieves read it: letters, digits, apostrophes, inner dots and hyphens. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/uy;

export type Word = { start: number; end: number; text: string };

/** The words of body[from, limit) up to the first punctuation mark other than inner dots. */
export function wordsFrom(body: string, from: number, limit: number, max: number): Word[] {
  const out: Word[] = [];
  let at = from;
  while (out.length < max) {
    while (at < limit && body.charCodeAt(at) === 32) at += 1;
    if (at >= limit) break;
    WORD.lastIndex = at;
    const m = WORD.exec(body);
    if (m === null || m.index !== at) break;
    let end = at + m[0].length;
    // A sentence's full stop is no part of the word, an abbreviation's is ("Sen.", "G.K.").
    if (body.charCodeAt(end - 1) === 46 && !/^(?:\p{Lu}\p{Ll}{0,3}\.|(?:\p{Lu}\.)+)$/u.test(m[0]))
      end -= 1;
    out.push({ start: at, end, text: body.slice(at, end) });
    at = end;
  }
  return out;
}

/** The end of the line from `from`, at most `reach` characters on. */
export function lineEnd(body: string, from: number, reach: number): number {
  const newline = body.indexOf("\n", from);
  const limit = Math.min(body.length, from + reach);
  return newline >= 0 && newline < limit ? newline : limit;
}
