import { SUMMING_WORDS } from "../../../lexicons/summing-words.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";

type Spanned = { span: { start: number; end: number } };

/**
 * Words saying a figure sums several holders' shares: "Collectively, Vint, Lund and Ek won 7
 * percent", "their combined 7 percent", "10 votes between them". Such a total counts another thing
 * than one holder's share ("Vint, Lund and Ek each stood near 10 percent", "Vint won 10 percent").
 * The words are SUMMING_WORDS.
 */
const COLLECTIVE = new RegExp(String.raw`\b(?:${SUMMING_WORDS.join("|")})\b`, "i");

/**
 * Whether a statement holds a word of summing anywhere, word edges aside: without one no part of it
 * can match COLLECTIVE, and most statements have none, so their sentence before each figure of
 * every compared pair is not cut out (once per statement; a figure row compares many pairs).
 */
const COLLECTIVE_ANYWHERE = new RegExp(COLLECTIVE.source.replaceAll("\\b", ""), "i");
const mayBeCollective = perUnit((unit) => COLLECTIVE_ANYWHERE.test(unit.text));

/**
 * A sentence's end before a capital: a stop after a lower-case word of three letters or more, so
 * "Norland Gov. Ivo Vint" or "Mr. Ek" goes on with the sentence.
 */
const SENTENCE_STOP = /\p{Ll}{3,}[.!?]["”’]?\s+(?=\p{Lu})/gu;

/** Text after the figure still read as its clause ("7 percent combined"). */
const AFTER_REACH = 24;

/**
 * Whether the figure is given as a sum of several holders: a word of summing in its sentence
 * before it (up to a stop) or right after it.
 */
export function collectiveFigure(unit: AlignUnit, figure: Spanned): boolean {
  if (!mayBeCollective(unit)) return false;
  const start = figure.span.start - unit.span.start;
  const end = figure.span.end - unit.span.start;
  const before = unit.text.slice(0, start);
  const stops = [...before.matchAll(SENTENCE_STOP)].map((m) => (m.index ?? 0) + m[0].length);
  const sentence = before.slice(Math.max(0, before.lastIndexOf(";") + 1, ...stops));
  const after = /^[^,;:.!?]*/.exec(unit.text.slice(end, end + AFTER_REACH))?.[0] ?? "";
  return COLLECTIVE.test(sentence) || COLLECTIVE.test(after);
}
