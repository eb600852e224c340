// Attribution layer, a pass after coordinated-quotations: a quotation in a later predicate of the
// subject an earlier quotation of the sentence was credited to, when that predicate comes after
// the earlier one's object ("Lund lamented the “sorry” state of the yard and criticized the “cuts”",
// "Lund called Vint a “coward,” and then wrote that he was “finished”"), or in a relative clause
// on the quoted words ("Lund calls herself a “builder” who “fixed the port”").

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";
import { creditFollowingQuotations } from "./quotation-chain.ts";

/** `… and criticized`, `…, and then wrote`, `…, telling`: the coordinator and the next verb. */
const NEXT_VERB = /(?:,\s*(?:and\s+)?|\s+and\s+)(?:then\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\s/gu;

/** Words that may open a subject of its own, besides pronouns and capitalised words. */
const NEW_CLAUSE = new Set("that which who whom whose when while as since until if".split(" "));

/**
 * Each direct quote still without a speaker takes the speaker of the direct quote before it in
 * its sentence, whose cue stands before that earlier quotation (its speaker is the clause's
 * subject), when the words between the two quotations are either one relative pronoun (a clause
 * on the quoted words), or the rest of the earlier object — no capitalised word, pronoun, word
 * opening a clause or reporting verb — then a coordinator or comma and the subject's next verb (a
 * finite -ed form or irregular past, or a verb of saying or judging, "-ing" after a comma), whose
 * own object holds no other verb of saying, no semicolon, colon or dash and no quotation mark.
 */
export function laterPredicateQuotation(text: ArticleText, drafts: QuoteDraft[]): void {
  // `“that person,” telling …`: a comma set inside the closing mark (American style) still
  // closes the earlier object.
  creditFollowingQuotations(text, drafts, 160, (gap, close) =>
    laterPredicate(text.body.charCodeAt(close - 1) === 44 ? `,${gap}` : gap),
  );
}

/** Whether `gap` between two quotations leads into a later predicate of the same subject. */
export function laterPredicate(gap: string): boolean {
  if (/^\s*(?:who|that|which)\s+$/u.test(gap)) return true;
  if (/[;:—–“”"]/.test(gap)) return false;
  const m = [...gap.matchAll(NEXT_VERB)].find((v) => nextVerb(v[1]!, v[0]));
  if (m === undefined) return false;
  const object = words(gap.slice(0, m.index));
  // "the “sorry” state of the yard": a verb form after a determiner or the quoted modifier is a noun.
  const verbAt = (w: string, i: number) =>
    SPEECH_VERBS.has(w) && i > 0 && !DETERMINERS.has(object[i - 1]!);
  if (
    object.some(
      (w, i) =>
        /^\p{Lu}/u.test(w) ||
        PRONOUNS.has(w) ||
        NEW_CLAUSE.has(w) ||
        verbAt(w, i) ||
        w === "and" ||
        w === "but",
    )
  )
    return false;
  return !words(gap.slice(m.index + m[0].length)).some((w) => SPEECH_VERBS.has(w));
}

/** A finite -ed form or irregular past, or a verb of saying or judging ("-ing" after a comma). */
function nextVerb(verb: string, lead: string): boolean {
  if (IRREGULAR_PAST.has(verb) || /^\p{Ll}{3,}ed$/u.test(verb)) return true;
  return SPEECH_VERBS.has(verb) && (!verb.endsWith("ing") || lead.trimStart().startsWith(","));
}

function words(s: string): string[] {
  return s.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
}
