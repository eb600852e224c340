import type { Span } from "@parallax/core";
import { OPINION_VERBS } from "../../../lexicons/event-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";

/**
 * A verb of opinion tells its holder's mind (lexicons OPINION_VERBS): "Voters do not think the plan
 * works" and "Engineers think the plan works" are two groups' views, no outlet denying the other.
 * So a denied opinion stands against a stated one only when both name one holder in one word
 * ("Voters do not think" / "voters think"); "I" or "we" is a different person in each quotation.
 */
export function sameOpinionHolder(
  a: AlignUnit,
  item: Negated,
  b: AlignUnit,
  word: { span: Span },
): boolean {
  if (!OPINION_VERBS.has(item.lemma)) return true;
  const beforeDenial = a.text.slice(0, item.span.start - a.span.start);
  const beforeStated = b.text.slice(0, word.span.start - b.span.start);
  // "Lund is not believed to have died there" / "the coroner believes Lund died there": told in
  // the passive, the opinion names no holder of its own, only what it is about.
  if (PASSIVE_BEFORE.test(beforeDenial) || PASSIVE_BEFORE.test(beforeStated)) return true;
  const denier = holderBefore(beforeDenial);
  const stater = holderBefore(beforeStated);
  return denier !== null && denier === stater && !SPEAKER_PRONOUNS.has(denier);
}

/** A form of "be" (an adverb at most after it) right before the verb or its negation. */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+|widely\s+|also\s+)?$/i;

/** Pronouns of whoever speaks: each quotation's "I" is its own speaker. */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "you"]);

/** Auxiliaries and adverbs between a holder and its verb or negation, passed over backwards. */
const BETWEEN =
  /^(?:do|does|did|is|are|was|were|am|will|would|could|should|may|might|can|just|really|still|also|simply|even|certainly|[a-z]+ly)$/i;

/** The holder of an opinion: the last word before its verb or negation past auxiliaries, lower case. */
function holderBefore(text: string): string | null {
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  for (let i = words.length - 1; i >= 0 && i >= words.length - 4; i -= 1) {
    const w = (words[i] as string).replace(/['’](?:s|m|re|ve|d|ll)$/i, "");
    if (BETWEEN.test(w)) continue;
    return w.toLowerCase();
  }
  return null;
}

/**
 * Whether a stated verb of opinion has its clause denied right after it ("recommended that no
 * charges be filed", "thinks he will not run"): the negation raised to the verb elsewhere ("did
 * not recommend charges") says the same, so the statement states nothing against it.
 */
export function deniedClauseAfter(lemma: string, after: string): boolean {
  return OPINION_VERBS.has(lemma) && !FACTIVE.has(lemma) && DENIED_CLAUSE.test(after);
}

/** "knew that nobody was hurt" is no "did not know that anybody was hurt": no negation raised. */
const FACTIVE: ReadonlySet<string> = new Set(["know"]);

/** Up to five words of the clause, no stop between, then a negation. */
const DENIED_CLAUSE =
  /^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,5}?(?:no|not|never|nobody|nothing)\b|^\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}]+n['’]t\b/iu;
