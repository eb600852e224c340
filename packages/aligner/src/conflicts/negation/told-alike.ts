// Whether another statement tells what a denial denies, in other words than the denial's own:
// worded nearly alike as wholes, or stating most of the negated predicate with half of the
// statement's words in common (negation/conflicts.ts sets the two against each other).
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { reportedLemmas, statesLemma, statesObject, wordSet } from "./guards.ts";
import type { Negated } from "./negated-words.ts";

/** Wording at which two statements tell one thing, so that a "not" in one of them denies it. */
export const NEGATION_WORDING = 0.6;

/**
 * When the statements are not worded nearly alike as wholes (stock words of a story weigh little:
 * in a story about a prisoner's suicide "hanged himself in his prison cell" is in every article),
 * the other statement must state the negated predicate itself — the negated word and most of the
 * content words after it to the clause end ("had not suffered from heart disease" / "had suffered
 * from heart disease") — and share half of the shorter statement's content words.
 */
const PREDICATE_SHARE = 0.75;
/**
 * For a row only (the conflict is decided on the stricter share): a statement grouped elsewhere
 * that states most of the predicate ("hanged himself in his cell" of "not hanged himself in his
 * prison cell") is one more outlet telling what the denial is about.
 */
export const ROW_PREDICATE_SHARE = 0.6;
/** Share of the shorter statement's content words the two must share besides the predicate. */
const STATEMENT_SHARE = 0.5;

/**
 * Whether the other statement tells what the negation denies: worded nearly alike as a whole, or
 * stating most of the negated predicate ("not placed on injured reserve" / "placed … on injured
 * reserve Wednesday") with half of its content words in common.
 */
export function toldAlike(
  a: AlignUnit,
  b: AlignUnit,
  item: Negated,
  context: ConflictContext,
  share = PREDICATE_SHARE,
): boolean {
  if (!carriesAlike(b, item)) return false;
  // Worded nearly alike as wholes, the two must still deny and state one predicate of one thing.
  if (context.similarity(a, b) >= NEGATION_WORDING) return statesObject(b, item);
  return statesPredicate(b, item, share) && sharesStatement(a, b);
}

/**
 * Whether the other statement has the light words the negation carries ("made" of "not made") and
 * the words its proposition holds besides ("have" of "did not have", the infinitive's verb).
 */
export function carriesAlike(b: AlignUnit, item: Negated): boolean {
  // Most negations carry no light word: then no statement's word set need be read.
  if (item.carriers.length === 0 && item.complements.length === 0) return true;
  const words = wordSet(b);
  return (
    item.carriers.every((w) => words.has(w)) &&
    item.complements.every((forms) => forms.some((w) => words.has(w)))
  );
}

/** Whether a statement states most of a negated predicate (two content words or more). */
function statesPredicate(b: AlignUnit, item: Negated, share = PREDICATE_SHARE): boolean {
  if (item.predicate.length < 2) return false;
  const shared = item.predicate.filter((lemma) => statesLemma(b, lemma)).length;
  return shared / item.predicate.length >= share;
}

/**
 * Whether two statements share half of the shorter one's content words. A reported statement is
 * compared by what it reports: "“The guard was not hurt in the fire,” Reyes said at a briefing in
 * the town hall" tells the guard's fate, and the attribution's words (who said it, where) are no
 * part of that fact.
 */
export function sharesStatement(a: AlignUnit, b: AlignUnit): boolean {
  const stated = reportedLemmas(b);
  const left = reportedLemmas(a);
  let common = 0;
  for (const lemma of left) if (stated.has(lemma)) common += 1;
  return common / Math.min(left.size, stated.size) >= STATEMENT_SHARE;
}
