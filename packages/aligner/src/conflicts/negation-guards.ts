import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { type Negated, WORD } from "./negated-words.ts";

/* What a denial and a plain statement must share to be one fact told both ways (issue 12). */

/** Lower-cased once per statement: asked for every statement of the story a negation row reads. */
export const lowerText = perUnit((unit) => unit.text.toLowerCase());

/** A statement's lemmas as a set (negations compare many pairs). */
export const lemmaSet = perUnit((unit) => new Set(unit.lemmas));

/** A statement's words, lower-cased. */
export const wordSet: (unit: AlignUnit) => Set<string> = perUnit(
  (unit) => new Set(lowerText(unit).match(WORD) ?? []),
);

/**
 * Whether a statement states a lemma of a predicate: as a lemma, as a word, or as a longer word
 * it begins ("injured reserve" is read "injure" in one sentence and "injured" in another; five
 * letters or more). A name is masked out of the lemmas, so its word counts.
 */
export function statesLemma(b: AlignUnit, lemma: string): boolean {
  return (
    lemmaSet(b).has(lemma) ||
    wordSet(b).has(lemma) ||
    (lemma.length >= 5 && b.lemmas.some((l) => l.startsWith(lemma)))
  );
}

/**
 * Whether the other statement states the object of a denied predicate, its first content word
 * after the verb ("families" of "not paid the families"): "has not paid the families" is no denial
 * of "has paid the insurers", however alike the rest. A predicate of the verb alone has none.
 */
export function statesObject(b: AlignUnit, item: Negated): boolean {
  const object = item.predicate[1];
  return object === undefined || statesLemma(b, object);
}
