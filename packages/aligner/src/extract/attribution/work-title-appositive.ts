// Attribution layer, after the sieves and corrections: a quoted title in an appositive that
// credits a person with a work ("Ada Lund, host of “Harbour Hour,” said the plan was a scandal";
// "said Ivo Vint, the author of “The Long Quay.”") names the work; it is no remark of the
// person's, nor anyone's. Such quotations are dropped from the quotes, last, so the sieves still
// read past them (a quote given to the wrong words is as wrong as one given to the wrong person).
// A title in the predicate ("Vint named “Night Harbour” as his favourite show") is the
// quoted-title sieve's (sieves/quoted-title-subject.ts).

import { WORK_ROLE_NOUNS } from "../../../lexicons/work-role-nouns.ts";
import type { ArticleText } from "../article-text.ts";
import { quotationAt } from "../quotation-marks.ts";
import type { QuoteDraft } from "./quote-drafts.ts";
import { isTitle } from "./sieves/quoted-title.ts";

const ROLE = WORK_ROLE_NOUNS.join("|");

/**
 * An appositive's start (a comma, a bracket, a dash, or the sentence start), at most three words
 * (a determiner, an adjective: "the longtime"), a role noun, "of", then at most five words ("the
 * Harbour TV reality show") before the opening mark.
 */
const WORK_ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[,(—–])\s*(?:[\p{L}’'-]+\s+){0,3}?(?:${ROLE})\s+of\s+(?:[\p{L}\p{N}’'.-]+\s+){0,5}$`,
  "iu",
);

/** How far before its opening mark an appositive's start is looked for. */
const REACH = 120;

/** Whether the quotation opening at `open` is a title credited in a work-role appositive. */
export function isCreditedWorkTitle(text: ArticleText, open: number): boolean {
  const q = text.quotations[quotationAt(text.quotations, open)];
  if (q === undefined || q.open !== open) return false;
  if (!isTitle(text.body.slice(q.start, q.end))) return false;
  const sentence = text.sentenceAt(open);
  const from = Math.max(sentence?.span.start ?? 0, open - REACH);
  return WORK_ROLE_BEFORE.test(text.body.slice(from, open));
}

/** Drops each direct quote that is a work's title in a work-role appositive. */
export function dropCreditedWorkTitles(text: ArticleText, drafts: QuoteDraft[]): void {
  for (let i = drafts.length - 1; i >= 0; i -= 1) {
    const draft = drafts[i]!;
    if (!draft.direct) continue;
    const q = text.quotations[quotationAt(text.quotations, draft.start)];
    if (q !== undefined && isCreditedWorkTitle(text, q.open)) drafts.splice(i, 1);
  }
}
