// Attribution layer, a pass after the conversation sieve: a quotation standing alone as its
// sentence right after a reported statement of one speaker in the same paragraph ("Lund added that
// the board wants out before the vote. “They don’t like to talk about it.”") goes on that
// speaker's words, as the conversation sieve does after a direct quote.

import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { loneQuotations } from "./lone-quotations.ts";
import { pronounBeforeVerb } from "./opening-pronoun.ts";
import { reportingFormIsNoVerb } from "./reporting-form-no-verb.ts";

const WORD = /[\p{L}’']+/gu;

/**
 * A direct quote still without a speaker whose quotation makes up its whole sentence takes the
 * speaker of the reported (indirect) statement in the sentence just before it, in its paragraph,
 * when that sentence holds no quotation mark, every quote read in it has that one speaker, and its
 * one reporting verb is the report's (`Vint said the plan failed, and Moss agreed.` abstains).
 */
export function quoteAfterReport(text: ArticleText, drafts: QuoteDraft[]): void {
  const { body } = text;
  for (const { draft, paragraphIndex, previous } of loneQuotations(text, drafts)) {
    const { start, end } = previous;
    if (start < (text.paragraphs[paragraphIndex]?.start ?? 0)) continue;
    const before = drafts.filter((d) => d.start >= start && d.start < end);
    const reported = before.find((d) => !d.direct && typeof d.speaker === "number");
    if (reported === undefined) continue;
    if (before.some((d) => d.speaker !== reported.speaker)) continue;
    // One reporting verb in the sentence, its cue's: `Vint said the plan failed, and Moss agreed.`
    // A form used as a noun ("a nervous call") is none.
    const words = body.slice(start, end).match(WORD) ?? [];
    const isVerb = (w: string, i: number) => VERBS.has(w) && !reportingFormIsNoVerb(words, i);
    if (words.filter(isVerb).length !== 1) continue;
    // `Also, Vint isn't a conservative, he said.`: a he/she's guessed person is not carried on.
    // A he/she opening the sentence ("And then he promised that …") is carried on (PolNeAR train).
    const verb = words.findIndex(isVerb);
    if (words.slice(Math.max(0, verb - 2), verb).some((w) => /^(?:he|she)$/i.test(w))) {
      const lead = words.slice(0, verb).join(" ");
      if (pronounBeforeVerb(`${lead} `) !== "opening") continue;
    }
    draft.speaker = reported.speaker;
    draft.cue = reported.cue;
  }
}
