import { splitSentences, taggedText } from "@parallax/aligner";
import type { Article } from "@parallax/core";
import { contentWords } from "../polnear/pseudo-stories.ts";
import { readWordList } from "../text/word-list.ts";
import { overlap, type PerturbStory, words } from "./perturb-case.ts";

/**
 * A negation: a statement holding one is no witness of the positive statement. "failed to" denies
 * the verb after it as "did not" does (the aligner reads it so): "the lawyers failed to turn over
 * the emails" is no witness of "the bureau will turn over the emails".
 */
export const NEGATED = /\b(?:not|never|no)\b|n['’]t\b|\bfail(?:s|ed|ing)?\s+to\b/i;

const FUNCTION_WORDS = readWordList(new URL("../../data/function-words.txt", import.meta.url));
const GRAMMAR_WORDS = readWordList(
  new URL("../../data/negation-grammar-words.txt", import.meta.url),
);

/**
 * The words of a text that say what it states: content words, less determiners, pronouns, degree
 * adverbs, aspect words and modals ("what", "very", "going", "can"), which any long sentence holds.
 */
export function statedWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of contentWords(text))
    if (!FUNCTION_WORDS.has(w) && !GRAMMAR_WORDS.has(w)) out.add(w);
  return out;
}

/**
 * The word a statement negated after its auxiliary turns on: the first stated word after the
 * auxiliary ("is the most valuable player" → "valuable", "are going to replace" → "replace"). A
 * witness must hold it: "the" or "very" is in nearly every sentence, so matching on the word right
 * after the auxiliary took unrelated sentences as witnesses.
 */
export function negatedWord(afterAuxiliary: string): string | null {
  for (const w of afterAuxiliary.match(/\p{L}[\p{L}'’-]*/gu)?.slice(0, 6) ?? []) {
    const lower = w.toLowerCase();
    if (statedWords(lower).size > 0) return lower;
  }
  return null;
}

/** The part of a word its other forms share ("progressed" → "progre", "made" → "made"). */
export function verbStem(verb: string): string {
  const lower = verb.toLowerCase();
  return lower.slice(0, Math.max(4, lower.length - 3));
}

/**
 * Where a lower-cased text writes `word` in one of its forms, or -1: the word itself, or a word
 * whose lemma (wink's, in the text) is the word's or its lemma ("made" for "make", "says" for
 * "say"). A shared stem prefix took other words of a root for the word ("nominee" for "nominate",
 * "possibly" for "possible").
 */
export function wordFormAt(text: string, word: string): number {
  const lone = taggedText(word);
  const forms = new Set([word, ...lone.lemmas.map((l) => l.toLowerCase())]);
  const tagged = taggedText(text);
  let at = 0;
  for (const [i, value] of tagged.values.entries()) {
    const start = text.indexOf(value, at);
    if (start < 0) return -1;
    at = start + value.length;
    const lemma = (tagged.lemmas[i] ?? "").toLowerCase();
    if (forms.has(value.toLowerCase()) || forms.has(lemma)) return start;
  }
  return -1;
}

/** The sentence of a quote holding offset `at` (a quote of several sentences tells several facts). */
function sentenceOf(quote: string, at: number): { text: string; start: number } {
  const ends = [...quote.matchAll(/[.!?…]["'’”]*\s+/g)].map((m) => (m.index ?? 0) + m[0].length);
  const start = [0, ...ends].filter((s) => s <= at).at(-1) ?? 0;
  const end = ends.find((e) => e > at) ?? quote.length;
  return { text: quote.slice(start, end), start };
}

/** The stated words of the quote's sentence holding offset `at` (its auxiliary's). */
export function statementWords(quote: string, at: number): Set<string> {
  return statedWords(sentenceOf(quote, at).text);
}

/**
 * Whether the auxiliary at `at` in a quote is in a condition ("If Ivo Vint is the nominee, …"):
 * "not" put there changes the condition, and states the opposite of no fact told elsewhere.
 */
export function inCondition(quote: string, at: number): boolean {
  const { text, start } = sentenceOf(quote, at);
  const clause =
    text
      .slice(0, at - start)
      .split(/[,;:—–]/)
      .at(-1) ?? "";
  return /\b(?:if|whether|unless)\b/i.test(clause);
}

/** Stated words a witness must share with the statement (all of them when it has fewer)… */
const MIN_SHARED = 3;
/** …making this share of the shorter side's (the loose "one fact" share, polnear-story.ts). */
const SHARE = 0.4;

/**
 * Whether a lower-cased sentence states a reported statement unnegated: no negation and no
 * question, the word the negation turns on (in one of its forms, wordFormAt), and the statement's
 * stated words (`own`, statementWords): three of them at least (all when fewer), making 40% of the
 * shorter side's. Case generation chooses negation witnesses by it, and the negation stage
 * (negation-stage.ts) looks for them by it.
 */
export function statesUnnegated(text: string, word: string, own: ReadonlySet<string>): boolean {
  if (NEGATED.test(text) || text.includes("?")) return false;
  const stated = statedWords(text);
  let shared = 0;
  for (const w of own) if (stated.has(w)) shared += 1;
  const fewer = Math.min(own.size, stated.size);
  if (shared < Math.min(MIN_SHARED, own.size) || fewer === 0 || shared / fewer < SHARE)
    return false;
  // Tagging is the costly part: done only for sentences that share the statement's words.
  return wordFormAt(text, word) >= 0;
}

/**
 * How a negation case reads its statement and looks for witnesses. PolNeAR pseudo-stories tell
 * one fact by shared words alone, so there the witness must state the statement (`WORDED`: the
 * word it turns on, its sentence's stated words, no question). ECB+ and the corpus tell one fact
 * by gold, and keep the reading their figures were first measured with (`GOLD`: the word right
 * after the auxiliary anywhere in a sentence sharing half of the quote's words).
 */
export type WitnessReading = {
  /** The word the witness must hold, from the text right after the auxiliary. */
  word(afterAuxiliary: string): string | null;
  /** The statement's words, from the quote and the auxiliary's offset in it. */
  own(quote: string, at: number): Set<string>;
  /** Whether a lower-cased sentence states the statement unnegated. */
  states(text: string, word: string, own: ReadonlySet<string>): boolean;
  /** Where a lower-cased sentence holds the word (its stem). */
  at(text: string, word: string): number;
  /** The sentence spans of an article body a witness is looked for in. */
  sentences(article: Article): readonly Span[];
};

type Span = { start: number; end: number };

const WORDED: WitnessReading = {
  word: negatedWord,
  own: statementWords,
  states: statesUnnegated,
  at: wordFormAt,
  // The aligner's sentences: a split at every full stop cut "Washington, D.C., had expressed".
  sentences: (article) => splitSentences(article).map((s) => s.span),
};

const GOLD: WitnessReading = {
  word: (after) => /^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? null,
  own: (quote) => {
    const own = words(quote);
    own.delete("not");
    return own;
  },
  states: (text, word, own) =>
    !NEGATED.test(text) && text.includes(verbStem(word)) && overlap(own, words(text)) >= 0.5,
  at: (text, word) => text.indexOf(verbStem(word)),
  sentences: (article) =>
    [...article.body.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    })),
};

export function witnessReading(source: PerturbStory["source"]): WitnessReading {
  return source === "polnear" ? WORDED : GOLD;
}
