// Attribution layer, a pass after the sieves: a quotation in a later predicate of the clause whose
// subject an earlier quotation of the same sentence was credited to ("Lund backs “modest raises,”
// opposes “any freeze” and recalled the strike: “It was hard.”") is that subject's too.

import { CLAUSE_OPENING_WORDS } from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { creditFollowingQuotations } from "./quotation-chain.ts";

/** `, opposes` / ` and recalled` / `, and then urged`: a coordinated predicate's finite verb. */
const NEXT_PREDICATE =
  /^(\s*,?\s*)(?:(and|but)\s+)?(?:then\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)(?![\p{L}’'-])/u;

/**
 * Each direct quote still without a speaker takes the speaker of the direct quote before it when
 * both sit in one sentence, the earlier one's cue stands before it (its speaker is the clause's
 * subject, not a trailing "…,” Vint said"), and the words between the two quotations only carry
 * on that subject's predicates: they open, after a comma closing the earlier quotation or a
 * coordinator, on a finite verb (an -s or -ed form, an irregular past, a reporting verb), and hold
 * no capitalised word, no pronoun, no word opening a clause ("that", "who"), no semicolon or dash and no "according to" — any of which may
 * bring another speaker ("…,” but Vint called it “…”", "…,” and he said “…”").
 */
export function coordinatedQuotations(text: ArticleText, drafts: QuoteDraft[]): void {
  creditFollowingQuotations(text, drafts, 200, (gap, close) =>
    carriesPredicate(text.body, close, gap),
  );
}

/** Whether `gap`, after the earlier quotation's closing mark at `close`, only adds predicates. */
export function carriesPredicate(body: string, close: number, gap: string): boolean {
  const m = NEXT_PREDICATE.exec(gap);
  if (m === null) return false;
  const comma = body.charCodeAt(close - 1) === 44 || m[1]!.includes(",");
  if (!comma && m[2] === undefined) return false;
  if (!finiteVerb(m[3]!)) return false;
  if (/[;—–]|\baccording to\b/u.test(gap)) return false;
  const words = gap.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  return words.every(
    (w) => !/^\p{Lu}/u.test(w) && !PRONOUNS.has(w) && !CLAUSE_OPENING_WORDS.has(w),
  );
}

/** A finite verb form: "opposes", "recalled", "wrote", "says" — not "its", "this" or "is". */
function finiteVerb(word: string): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  if (VERBS.has(word)) return !word.endsWith("ing");
  if (/^\p{Ll}{3,}ed$/u.test(word)) return true;
  return /^\p{Ll}{3,}s$/u.test(word) && !/(?:ss|us|is)$/.test(word);
}
