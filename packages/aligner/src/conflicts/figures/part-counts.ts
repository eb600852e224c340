import type { Figure } from "@parallax/core";
import { PARTITIVE_GROUP_WORDS } from "../../../lexicons/function-words.ts";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";
import { NUMBER_PATTERN, parseNumber } from "../../extract/number-words.ts";

/**
 * "shooting three co-workers, killing two of them", "four robbers, two of whom wore masks": a
 * number before "of them" (whom, which, those, these) counts a part of what the statement counted
 * before it. The statement gives that number too, so another outlet's "killed two co-workers"
 * agrees with it rather than with the whole it is part of.
 */
const PART_OF_THEM = new RegExp(
  `(?<![\\p{L}\\p{N}])(${NUMBER_PATTERN})\\s+of\\s+(?:${PARTITIVE_GROUP_WORDS.join("|")})\\b`,
  "giu",
);

/** Whether the statement gives the value as a part of a count it states ("two of them"). */
export function givesAsPart(unit: AlignUnit, value: number): boolean {
  for (const part of partsOf(unit)) if (part === value) return true;
  return false;
}

/** The numbers a text gives as parts, read once per text: figure pairs ask it of every pair. */
const partsOf = perText((text): readonly number[] =>
  [...text.matchAll(PART_OF_THEM)].map((match) => parseNumber(match[1] as string)),
);

/** "two of whom", "two of the sailors", "four others": words after a number that make it a part. */
const PART_AFTER = new RegExp(
  String.raw`^\s+(?:of\s+(?:${[...PARTITIVE_GROUP_WORDS, "the"].join("|")})\b|others\b|more\b)`,
  "i",
);

/**
 * Whether a figure counts a part of what its statement counts ("The eight robbers, two of whom
 * wore masks"): such a count is no second figure of the thing, so it does not make the statement
 * one of several figures to be paired in order.
 */
export function countsAPart(unit: AlignUnit, figure: Figure): boolean {
  const end = figure.span.start - unit.span.start + figure.text.length;
  return PART_AFTER.test(unit.text.slice(end, end + 20));
}
