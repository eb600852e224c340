/**
 * Where a statement states as so what a negation denies: the word that carries the negated lemma,
 * not hedged by a modal, a question or a negation before it; and the story's statements that may
 * state it, listed once per word.
 */
import type { Span } from "@parallax/core";
import {
  MODAL_BACKSHIFT,
  MODAL_VERBS,
  UNREALISED_MODALS,
} from "../../../lexicons/function-words.ts";
import { contentLemmas } from "../../align/lemmas.ts";
import { perText } from "../../align/per-text.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { degreeClass, sameDegree } from "./degree-words.ts";
import { lowerText, wordSet } from "./guards.ts";
import { HAS_NEGATION, hasNegation, type Negated, negatedWords, WORD } from "./negated-words.ts";
import { deniedClauseAfter } from "./opinion.ts";
import { OPEN_QUESTION } from "./question.ts";

const MODALS = [...MODAL_VERBS].join("|");

/**
 * Words before a verb that keep it from being stated as so: "working to determine the cause" and
 * "will decide" say nothing about whether it was determined or decided, so "has not been
 * determined" does not deny them.
 */
const NOT_ASSERTED = new RegExp(
  `\\b(to|${MODALS})\\s+(?:(?:help|try|seek|hope|attempt)\\s+(?:to\\s+)?)?$`,
  "i",
);

/**
 * A modal earlier in the clause before a word: "should have service restored by the 31st" says
 * what is expected, not that it was restored.
 */
// Lower case only: "in May" is a month.
const MODAL_IN_CLAUSE = new RegExp(`\\b(${MODALS})\\b[^,;:]*$`);

/** A negative subject or conjunction before a word: "Nothing in the rules requires a review". */
export const NEGATIVE_BEFORE = /\b(?:nothing|nobody|none|neither|nor)\b/i;

/**
 * "No" as a determiner up to two words before a noun: "made no mention of her", "there is no
 * doubt that" deny the mention and the doubt, so they state nothing a "did not mention" or "never
 * doubted" is set against (both sides deny). A "No," of an answer has its comma, no word after it.
 */
const NO_DETERMINER_BEFORE = /\bno\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * "known as" gives a name ("the group, also known as the Harbour Front"): no one is said to know
 * anything, so it states nothing a "did not know" denies.
 */
const NAMING_PARTICIPLE = /^known\s+as\b/i;

/**
 * A word's readings that `readsAs` compares with a lemma, each worked out the first time it is
 * needed and kept: a story's negations of different words read the same statements.
 */
type WordReadings = { lower: string; alone?: readonly string[]; joined?: string | null };

/** Whether a word reads as a lemma, alone or after the word before it ("was shot" → shoot). */
function readsAs(
  text: string,
  index: number,
  word: string,
  item: Negated,
  readings: WordReadings,
): boolean {
  const lemma = item.lemma;
  if (readings.lower === item.word) return true;
  // "not severely disrupted" / "seriously disrupted": one degree in other words (degree-words.ts).
  if (sameDegree(item.word, readings.lower)) return true;
  readings.alone ??= contentLemmas(word);
  if (readings.alone.length === 0) return false;
  if (readings.alone[0] === lemma) return true;
  if (readings.joined === undefined) {
    const previous = /[\p{L}'’]+\s+$/u.exec(text.slice(Math.max(0, index - 16), index))?.[0] ?? "";
    readings.joined = previous === "" ? null : (contentLemmas(`${previous}${word}`).at(-1) ?? null);
  }
  return readings.joined === lemma;
}

// Readings of the text alone, shared by the statements that repeat it (per-text.ts).
const wordsOfUnit = perText((text) => [...text.matchAll(WORD)]);
const wordReadingsOfUnit = perText((text) =>
  wordsOfUnit({ text }).map((w): WordReadings => ({ lower: w[0].toLowerCase() })),
);
const readingsOfUnit = perText(() => new Map<string, RegExpMatchArray[]>());

/**
 * The words of a statement that read as a negated word, in order, worked out once per statement
 * and word: a negation row asks it of every statement of a story that may state the word.
 */
function wordsReadingAs(unit: AlignUnit, item: Negated): readonly RegExpMatchArray[] {
  const key = `${item.lemma}|${item.word}`;
  const readings = readingsOfUnit(unit);
  let words = readings.get(key);
  if (!words) {
    const wordReadings = wordReadingsOfUnit(unit);
    words = wordsOfUnit(unit).filter((w, i) =>
      readsAs(unit.text, w.index ?? 0, w[0], item, wordReadings[i] as WordReadings),
    );
    readings.set(key, words);
  }
  return words;
}

/**
 * The word of a statement that carries a lemma and states it as so, with its span. A modal the
 * negation follows too is the same modality: "will miss" is what "will not miss" denies.
 */
export function wordWith(
  unit: AlignUnit,
  item: Negated,
  accept: (start: number) => boolean = () => true,
): { text: string; span: Span } | null {
  for (const word of statedWords(unit, item)) {
    if (!accept(unit.span.start + word.index)) continue;
    const start = unit.span.start + word.index;
    return {
      text: word.text,
      span: { articleId: unit.span.articleId, start, end: start + word.text.length },
    };
  }
  return null;
}

/**
 * The words of a statement's text that read as a negated word and pass every check of `wordWith`
 * but the caller's, in order: they read the text and the negation's lemma, word, modal and
 * question alone. Kept per text and negation: a negation row asks the caller's check of every
 * statement of a story that may state the word (the hedge and determiner patterns read the whole
 * text before the word, each time).
 */
function statedWords(unit: AlignUnit, item: Negated): readonly { index: number; text: string }[] {
  const known = statedWordsOfUnit(unit);
  const key = `${item.lemma}|${item.word}|${item.modal}|${item.questioned === true}`;
  let words = known.get(key);
  if (!words) {
    words = [];
    for (const word of wordsReadingAs(unit, item)) {
      const index = word.index ?? 0;
      // The hedge is read once per statement, word and modal.
      if (!assertedAt(unit, index, item.modal, item.questioned === true)) continue;
      if (NO_DETERMINER_BEFORE.test(unit.text.slice(0, index))) continue;
      if (NAMING_PARTICIPLE.test(unit.text.slice(index, index + 12))) continue;
      if (deniedClauseAfter(item.lemma, unit.text.slice(index + word[0].length, index + 80)))
        continue;
      words.push({ index, text: word[0] });
    }
    known.set(key, words);
  }
  return words;
}

const statedWordsOfUnit = perText(() => new Map<string, { index: number; text: string }[]>());

const assertedOfUnit = perText(() => new Map<string, boolean>());

/**
 * Whether the word at an index of a statement is stated as so for a negation with a modal: no hedge
 * before it but the negation's own modality, and no open question.
 */
function assertedAt(
  unit: AlignUnit,
  index: number,
  modal: string | null,
  questioned: boolean,
): boolean {
  const known = assertedOfUnit(unit);
  const key = `${index}|${modal}|${questioned}`;
  let asserted = known.get(key);
  if (asserted === undefined) {
    const before = unit.text.slice(Math.max(0, index - 24), index);
    const hedged = NOT_ASSERTED.exec(before) ?? MODAL_IN_CLAUSE.exec(unit.text.slice(0, index));
    asserted =
      !(hedged && !sameModality(hedged, unit.text.slice(0, index), modal)) &&
      // "might not return" or "will not return" is a chance or a plan: a plain "returned" is no
      // answer to it, only the same modality is.
      // "would have never proposed" (a past that did not come about) is no plan, and no answer
      // to a plain "proposed" either.
      !(
        hedged === null &&
        modal !== null &&
        (UNREALISED_MODALS.has(modal) || modal.endsWith(" have"))
      ) &&
      // "declined to say whether the church had received threats" asks, it does not state; a
      // denial inside an open question is met by the same question only (question.ts).
      OPEN_QUESTION.test(unit.text.slice(0, index)) === questioned;
    known.set(key, asserted);
  }
  return asserted;
}

/** A form of "be" before the hedge's "to": "is to direct" is a plan, as "will direct" is. */
const BE_BEFORE = /\b(?:is|are|was|were)\s+$/i;

/**
 * Whether the modal hedging a stated word is the negation's: the same modal, or its form in
 * reported speech ("would raise" / "will not raise", "could return" / "cannot return"), or a plan
 * told with "is to" against "will".
 */
function sameModality(hedged: RegExpExecArray, before: string, modal: string | null): boolean {
  if (modal === null) return false;
  let word = hedged[1]?.toLowerCase() ?? "";
  if (word === "to") {
    const at = before.length - (hedged.input.length - hedged.index);
    word = BE_BEFORE.test(before.slice(0, Math.max(0, at))) ? "will" : word;
  }
  const present = (m: string) => MODAL_BACKSHIFT.get(m) ?? m;
  return present(word) === present(modal);
}

/** Whether a statement has the negated word at all, as its lemma or as written. */
export function mayState(unit: AlignUnit, item: Negated): boolean {
  if (unit.lemmas.includes(item.lemma) || lowerText(unit).includes(item.word)) return true;
  // A word of degree may be stated by another of its class ("seriously" for "severely").
  const degree = degreeClass(item.word);
  return degree !== undefined && [...wordSet(unit)].some((w) => degreeClass(w) === degree);
}

/**
 * A story's statements sorted by what `mayState` reads of them (their text and lemmas: the lemma
 * reader hands one list to every statement of one masked text), so each word is tried once per
 * reading: a thousand-outlet story holds ~19,000 statements of ~1,500 readings.
 */
type StoryReadings = {
  readingOf: Int32Array;
  firsts: AlignUnit[];
  byWord: Map<string, readonly AlignUnit[]>;
};

const readingsByStory = new WeakMap<readonly AlignUnit[], StoryReadings>();

function storyReadings(story: readonly AlignUnit[]): StoryReadings {
  let readings = readingsByStory.get(story);
  if (!readings) {
    const byText = new Map<string, Map<readonly string[], number>>();
    const firsts: AlignUnit[] = [];
    const readingOf = new Int32Array(story.length);
    story.forEach((unit, i) => {
      let byLemmas = byText.get(unit.text);
      if (!byLemmas) {
        byLemmas = new Map();
        byText.set(unit.text, byLemmas);
      }
      let reading = byLemmas.get(unit.lemmas);
      if (reading === undefined) {
        reading = firsts.length;
        firsts.push(unit);
        byLemmas.set(unit.lemmas, reading);
      }
      readingOf[i] = reading;
    });
    readings = { readingOf, firsts, byWord: new Map() };
    readingsByStory.set(story, readings);
  }
  return readings;
}

/**
 * The story's statements that may state a negated word, in story order, listed once per word: a
 * negation row reads the whole story for outlets grouped elsewhere, and only these can join it.
 */
export function storyStaters(story: readonly AlignUnit[], item: Negated): readonly AlignUnit[] {
  const { readingOf, firsts, byWord } = storyReadings(story);
  const key = `${item.lemma}\u0000${item.word}`;
  let staters = byWord.get(key);
  if (!staters) {
    const states = firsts.map((unit) => mayState(unit, item));
    staters = story.filter((_, i) => states[readingOf[i] as number]);
    byWord.set(key, staters);
  }
  return staters;
}

/**
 * The word with which a statement states as so what a negation denies: no negation of that word,
 * and none before it ("did not say the team had placed him" states nothing); a negation later in
 * the sentence is of something else ("had checked in, but left because she was not happy").
 */
export function statedPlainly(
  unit: AlignUnit,
  item: Negated,
  accept?: (start: number) => boolean,
): { text: string; span: Span } | null {
  if (accept) return readStatedPlainly(unit, item, accept);
  // Without the caller's check, the word depends on the statement and the negation's words alone:
  // a story's rows ask it of the same statements over and over.
  const known = plainOfUnit(unit);
  const key = `${item.lemma}|${item.word}|${item.modal}|${item.questioned === true}`;
  let word = known.get(key);
  if (word === undefined) {
    word = readStatedPlainly(unit, item);
    known.set(key, word);
  }
  return word;
}

const plainOfUnit = perUnit(() => new Map<string, { text: string; span: Span } | null>());

function readStatedPlainly(
  unit: AlignUnit,
  item: Negated,
  accept?: (start: number) => boolean,
): { text: string; span: Span } | null {
  // A statement without any negation states every word it has (`deniesAny`, read once per
  // statement: a row asks this of every statement of the story that may state the word).
  if (!deniesAny(unit)) return wordWith(unit, item, accept);
  if (negatedWords(unit).some((n) => n.lemma === item.lemma)) return null;
  const word = wordWith(unit, item, accept);
  if (!word) return null;
  const before = unit.text.slice(0, word.span.start - unit.span.start);
  return HAS_NEGATION.test(before) || NEGATIVE_BEFORE.test(before) ? null : word;
}

/** Whether a statement denies the word too: then `statedPlainly` finds no statement of it. */
export function deniesToo(unit: AlignUnit, item: Negated): boolean {
  return negatedWords(unit).some((n) => n.lemma === item.lemma) && deniesAny(unit);
}

/** A negation or a negative word anywhere in a statement, read once per statement. */
const deniesAny = perUnit((unit) => hasNegation(unit) || NEGATIVE_BEFORE.test(unit.text));
