import { perText } from "../../align/per-text.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { type Negated, WORD } from "./negated-words.ts";

/* What a denial and a plain statement must share to be one fact told both ways (issue 12). */

/** Lower-cased once per text: asked for every statement of the story a negation row reads. */
export const lowerText = perText((text) => text.toLowerCase());

/** A statement's lemmas as a set (negations compare many pairs). */
export const lemmaSet = perUnit((unit) => new Set(unit.lemmas));

/** A statement's words, lower-cased (read once per text). */
export const wordSet: (unit: AlignUnit) => ReadonlySet<string> = perText(
  (text) => new Set(lowerText({ text }).match(WORD) ?? []),
);

/** Fewest content words of a statement's quoted words for them to stand for the statement. */
const REPORTED_WORDS = 3;

/**
 * The content words of what a statement reports: its quoted words (direct or indirect) that are
 * content words of the statement itself (names, figures and dates stay masked), without the
 * attribution around them; the whole statement when it quotes fewer than three of them.
 */
export const reportedLemmas = perUnit((unit): ReadonlySet<string> => {
  const own = lemmaSet(unit);
  const quoted = new Set(unit.quoteLemmas.filter((l) => own.has(l)));
  return quoted.size >= REPORTED_WORDS ? quoted : own;
});

/**
 * Whether a statement states a lemma of a predicate: as a lemma, as a word, or as a longer word
 * it begins ("injured reserve" is read "injure" in one sentence and "injured" in another; five
 * letters or more). A name is masked out of the lemmas, so its word counts.
 */
export function statesLemma(b: AlignUnit, lemma: string): boolean {
  if (lemmaSet(b).has(lemma) || wordSet(b).has(lemma)) return true;
  if (lemma.length < 5) return false;
  // The scan of every lemma, once per statement and lemma: predicates ask it of the same
  // statements for every denial of a story.
  const known = beginsOf(b);
  let begins = known.get(lemma);
  if (begins === undefined) {
    begins = b.lemmas.some((l) => l.startsWith(lemma));
    known.set(lemma, begins);
  }
  return begins;
}

const beginsOf = perUnit(() => new Map<string, boolean>());

/**
 * Whether the other statement states the object of a denied predicate, its first content word
 * after the verb ("families" of "not paid the families"): "has not paid the families" is no denial
 * of "has paid the insurers", however alike the rest. A predicate of the verb alone has none.
 */
export function statesObject(b: AlignUnit, item: Negated): boolean {
  const object = item.predicate[1];
  return object === undefined || statesLemma(b, object);
}

/**
 * Whether a statement writes a name in full, as a word sequence of its text ("the Harbour Council
 * voted" writes "Harbour Council"): the name reader can miss a name after a comma or an article,
 * yet the words still say whom the statement is about. Names of one word are too often a common
 * word or a part of another name to count.
 */
export function writesName(unit: AlignUnit, name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return false;
  const escaped = words.map((w) => escapeRegExp(w)).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(unit.text);
}
