import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { NUMBER_WORDS, SCALE_WORDS } from "../../extract/number-words.ts";
import { clauseAround } from "../guards.ts";

// How a figure stands in its own statement: restated in another unit, the whole another number
// counts a part of, per item, a label or score, an addition, a stretch's count or a part of a total.
// Each reading keeps a figure from being compared as the same count as another outlet's.

/**
 * "85 million euros ($108 million)", "58km (36 miles)", "17:06 local time (13:36 GMT)": a figure in
 * parentheses right after an amount is that amount restated in another unit (at some rate), not a
 * value the outlet states of its own — whether or not the amount before it was read as a figure
 * ("€110 billion" with a garbled sign, "$US1 million").
 */
export function isConversion(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.start - unit.span.start;
  const before = unit.text.slice(Math.max(0, offset - 3), offset);
  if (!/\(\s*$/.test(before)) return false;
  const open = offset - before.length + before.lastIndexOf("(");
  return AMOUNT_BEFORE.test(unit.text.slice(Math.max(0, open - 32), open));
}

/** An amount ending just before an opening parenthesis: a number, then at most two unit words. */
const AMOUNT_BEFORE = new RegExp(
  String.raw`(?:\d|\b(?:${[...NUMBER_WORDS.slice(1, 11), "hundred", ...SCALE_WORDS].join("|")}))[\p{L}\d.,:%$€£¥-]*(?:\s+[\p{L}.$€£¥-]+){0,2}\s*$`,
  "iu",
);

/** "10 of the club's 16 games", "29-of-34 passes": the number before is a part of this one. */
const PART_BEFORE = new RegExp(
  String.raw`(?:\d|\b(?:${NUMBER_WORDS.slice(2, 13).join("|")}))(?:\s+|-)of(?:\s+|-)(?:[\p{L}'’.-]+\s+){0,2}$`,
  "iu",
);

/**
 * Whether a figure is the whole that another number counts a part of: the season's games against
 * the games someone missed, the passes thrown against those completed — never the same count as
 * another outlet's "nine games".
 */
export function isWhole(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.start - unit.span.start;
  return PART_BEFORE.test(unit.text.slice(Math.max(0, offset - 40), offset));
}

/**
 * "two players rushed for over 100 yards apiece", "tickets at $40 each": a figure per item, not the
 * total another outlet gives ("rushed for 350 yards").
 */
const PER_ITEM_AFTER = /^[^,;:.]{0,24}?\b(?:apiece|each)\b/i;

export function perItem(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.end - unit.span.start;
  return PER_ITEM_AFTER.test(unit.text.slice(offset, offset + 40));
}

/**
 * "the team's Week 15 loss", "Flight 93", "Chapter 11": digits right after a capitalised word name
 * one of a series, they count nothing; "a 27-24 loss", "improved to 25-7": a score or a record,
 * whose halves count nothing on their own either.
 */
export function labelOrScore(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.start - unit.span.start;
  const end = figure.span.end - unit.span.start;
  const before = unit.text.slice(Math.max(0, offset - 24), offset);
  if (/\d[-–]$/.test(before) || /^[-–]\d/.test(unit.text.slice(end))) return true;
  if (!/^\d/.test(figure.text)) return false;
  const word = /(\p{Lu}\p{Ll}+)\s$/u.exec(before);
  // The statement's first word is capitalised for the sentence, not as a name.
  return word !== null && offset - (word[0] as string).length > 0;
}

/**
 * "Houses in two villages were also damaged", "he also had four touchdowns": a count said to come
 * on top of something else, not the total another outlet gives.
 */
const ADDITION = /\b(?:also|additional|as well)\b/i;

/** "…, including 13 homers in 54 games with the club": a part of a total the statement gives. */
const PART_OF = /\b(?:including|among them|of whom|of which)\b/i;

export function partOf(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.start - unit.span.start;
  return PART_OF.test(unit.text.slice(0, Math.max(0, offset)));
}

/**
 * "During the deciding run, she blocked two shots": a count said of a stretch of the happening, a
 * part of the whole another outlet gives ("blocked six shots"). Asked of the clause before the
 * figure and the statement's opening words.
 */
const STRETCH = /^\s*during\b/i;
const DURING = /\bduring\b/i;

export function ofAStretch(unit: AlignUnit, figure: Figure): boolean {
  if (!DURING.test(unit.text)) return false;
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  return STRETCH.test(unit.text) || (clause !== null && DURING.test(clause.before));
}

/**
 * "five other workers were rescued", "three more bodies were found": the count sets its own
 * beside those the story counts elsewhere ("three workers died"), never their total.
 */
const OTHERS_AFTER = /^\s+(?:other|more)\b/i;

export function addition(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.end - unit.span.start;
  if (OTHERS_AFTER.test(unit.text.slice(offset, offset + 12))) return true;
  const clause = clauseAround(unit, figure.span.start, figure.span.end);
  return clause !== null && ADDITION.test(`${clause.before} ${clause.after}`);
}
