// Attribution layer, a pass after the conversation sieve: a quoted title (a show, a book, a
// film) between an attributed quotation and a cue-less one in the same paragraph does not stop
// the conversation (`“Jobs, jobs,” Ada Lund said on “The Late Hour With Ivo Vint” last month.
// “Nobody did it better.”` → both quotations are Lund's).

import type { ArticleText } from "../../article-text.ts";
import { type Quotation, quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { lineEnd, VERBS, wordsFrom } from "../sieve-words.ts";

/** Lowercase words a title may hold between its capitalised ones: "The Late Show With …". */
const TITLE_SMALL_WORDS = new Set("a an and at by for in of on or the to with from".split(" "));

/** Words before "asked" that make it the speaker's being asked: "when asked what …". */
const PASSIVE_ASK = new Set(["when", "after", "if", "once", "as", "before", "until", "was"]);

/** At most this many words make a quoted title. */
const MAX_TITLE_WORDS = 8;

/**
 * Whether a quotation reads as a title: one to eight words with no sentence or clause
 * punctuation, the first and every word but small function words capitalised.
 */
export function isQuotedTitle(body: string, q: Quotation): boolean {
  const inner = body.slice(q.open + 1, q.close).trim();
  if (inner.length === 0 || /[.,;:!?“”"]/.test(inner)) return false;
  const words = inner.split(/\s+/);
  if (words.length > MAX_TITLE_WORDS) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/**
 * A direct quote still without a speaker whose quotation has no cue of its own takes the speaker
 * of the attributed quotation two before it in its paragraph when the one between is a quoted
 * title with no speaker, and nothing else between them — no other quotation mark, no reporting
 * verb outside the earlier quotation's cue — may bring another speaker.
 */
export function conversationPastTitle(text: ArticleText, drafts: QuoteDraft[]): void {
  const { body } = text;
  const direct = drafts.filter((d) => d.direct);
  for (let i = 2; i < direct.length; i += 1) {
    const draft = direct[i]!;
    const title = direct[i - 1]!;
    const previous = direct[i - 2]!;
    if (draft.speaker !== null || title.speaker !== null || previous.speaker === null) continue;
    const here = text.quotations[quotationAt(text.quotations, draft.start)];
    const middle = text.quotations[quotationAt(text.quotations, title.start)];
    const before = text.quotations[quotationAt(text.quotations, previous.start)];
    if (here === undefined || middle === undefined || before === undefined) continue;
    if (here.paragraphIndex !== before.paragraphIndex || here.runsOn) continue;
    if (!(before.close < middle.open && middle.close < here.open)) continue;
    if (!isQuotedTitle(body, middle)) continue;
    const gaps = [
      body.slice(before.close + 1, middle.open),
      body.slice(middle.close + 1, here.open),
    ];
    if (gaps.some((g) => /[“”"]/.test(g)) || gaps.join(" ").length > 300) continue;
    // A reporting verb outside the earlier cue may bring another speaker.
    const cueEnd = previous.cue?.end ?? -1;
    const from = Math.max(before.close + 1, cueEnd);
    const verbs = [
      ...wordsFrom(body, from, middle.open, 80),
      ...wordsFrom(body, Math.max(middle.close + 1, from), here.open, 80),
    ];
    // `when asked what she would do`: the speaker answering a question brings no other one.
    const speaking = verbs.filter(
      (w, k) =>
        VERBS.has(w.text) && !(w.text === "asked" && PASSIVE_ASK.has(verbs[k - 1]?.text ?? "")),
    );
    if (speaking.length > 0) continue;
    if (hasOwnCue(body, here.close)) continue;
    draft.speaker = previous.speaker;
    draft.cue = previous.cue;
  }
}

/** Whether a reporting verb follows a closing mark in its sentence (before any other quotation). */
function hasOwnCue(body: string, close: number): boolean {
  const tail = body.slice(close + 1, lineEnd(body, close + 1, 160));
  const sentence = tail.slice(0, tail.search(/[.!?“”"]|$/));
  return (sentence.match(/[\p{L}’']+/gu) ?? []).some((w) => VERBS.has(w));
}
