import type { Figure } from "@parallax/core";
import { OCCURRENCE_VERBS } from "../../../lexicons/event-words.ts";
import { singular } from "../../extract/figure-nouns.ts";
import { sameHappening } from "../happenings/verbs.ts";
import { lengthsOfOneDoing } from "./doing-lengths.ts";

/**
 * What a figure counts or measures, read from its measure words ("veteran" of "20-year veteran of
 * the department"): the head noun two figures must share to be set against each other.
 */

const MEASURE_STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "as",
  "of",
  "in",
  "on",
  "to",
  "for",
  "at",
  "by",
  "with",
  "from",
  "than",
  "that",
  "who",
  "which",
  "were",
  "was",
  "are",
  "is",
  "had",
  "have",
  "has",
  // "$108 million worth of diamond rings": what the sum buys follows, "worth" measures nothing.
  "worth",
]);

/**
 * The thing a figure counts or measures: the head noun of its measure ("veteran" of "20-year veteran
 * of the department", "investment" of "U.S.-bound investment"), singular. Null when the measure is
 * unstated or starts with a function word ("minus 20 as firefighters" measures no firefighters).
 */
export function measureHead(figure: Figure): string | null {
  const phrase = measurePhrase(figure);
  return phrase === null ? null : (phrase.at(-1) as string);
}

/**
 * Phrases by measure as written: the figure passes set each figure against many others, and its
 * phrase depends on its measure words alone (read-only to callers).
 */
const phraseOfMeasure = new Map<string, string[] | null>();

/** The words of a figure's measure up to its first function word, singular; null when unstated. */
function measurePhrase(figure: Figure): string[] | null {
  if (!figure.measure) return null;
  let phrase = phraseOfMeasure.get(figure.measure);
  if (phrase === undefined) {
    if (phraseOfMeasure.size >= 10_000) phraseOfMeasure.clear();
    phrase = readMeasurePhrase(figure.measure);
    phraseOfMeasure.set(figure.measure, phrase);
  }
  return phrase;
}

function readMeasurePhrase(written: string): string[] | null {
  const measure = written.toLowerCase().trim();
  if (!measure) return null;
  const words = measure.split(/[^a-z0-9.-]+/).filter((w) => w.length > 0);
  if (words.length === 0 || MEASURE_STOP.has(words[0] as string)) return null;
  const cut = words.findIndex((w, i) => i > 0 && MEASURE_STOP.has(w));
  const phrase = (cut > 0 ? words.slice(0, cut) : words).map((w) => w.replace(/[.-]+$/, ""));
  if ((phrase.at(-1) as string).length < 2) return null;
  return phrase.map(singular);
}

/**
 * Whether two figures of one unit measure the same thing: the same head noun, or the one's whole
 * measure opening the other's ("a 14-yard touchdown" / "a seven-yard touchdown pass": the pass is
 * the touchdown; both count yards). Only asked of figures of one unit, so "three banks" and "five
 * bank workers" (units bank and worker) never meet here.
 */
export function sameMeasure(a: Figure, b: Figure): boolean {
  const x = measurePhrase(a);
  const y = measurePhrase(b);
  if (x === null || y === null) return false;
  if (x.at(-1) === y.at(-1)) return true;
  if (oneDoingLength(a, b)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length < long.length && short.every((w, i) => long[i] === w);
}

/** Two lengths of time of one doing, named by its noun and its -ing form (doing-lengths.ts). */
export function oneDoingLength(a: Figure, b: Figure): boolean {
  if (a.kind !== "duration" || b.kind !== "duration") return false;
  const x = measurePhrase(a);
  const y = measurePhrase(b);
  return x !== null && y !== null && lengthsOfOneDoing(x, y);
}

const wordsOfMeasure = new Map<string, string>();

/** A measure's words, singular, lower case: "Armed robbers" → "armed robber". */
export function measureWords(measure: string): string {
  let words = wordsOfMeasure.get(measure);
  if (words === undefined) {
    if (wordsOfMeasure.size >= 10_000) wordsOfMeasure.clear();
    words = readMeasureWords(measure);
    wordsOfMeasure.set(measure, words);
  }
  return words;
}

function readMeasureWords(measure: string): string {
  return measure
    .toLowerCase()
    .split(/\s+/)
    .map((w) => (w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w))
    .join(" ");
}

/**
 * Whether two figures state their measure in the very same words ("four armed robbers" / "eight
 * armed robbers"); ages never, two ages in one event being often two people's.
 */
export function sameMeasureWords(a: Figure, b: Figure): boolean {
  if (!a.measure || !b.measure || a.measure === "age") return false;
  return measureWords(a.measure) === measureWords(b.measure);
}

/**
 * Whether the verbs two figures are said with tell one happening: the same verb or one of its class
 * (conflicts/happenings/verbs.ts: "gutted" / "destroyed"), or two verbs that
 * only tell something took place ("a quake hit" / "a quake jolted"). Two verbs of their own count
 * different things ("shooting three co-workers" counts the shot, "killed two co-workers" the dead;
 * "five bank workers were rescued", "three bank workers killed"), and a clause without a verb
 * read says nothing of which ("shot" read as a noun).
 */
export function verbsOfOneHappening(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return sameHappening(a, b) || (OCCURRENCE_VERBS.has(a) && OCCURRENCE_VERBS.has(b));
}
