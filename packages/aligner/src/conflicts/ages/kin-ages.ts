import type { Figure } from "@parallax/core";
import { PERSON_NOUNS } from "../../../lexicons/person-nouns.ts";
import type { AlignUnit } from "../../align/units.ts";
import { ageHolder } from "./holders.ts";

/** "her 11-year-old daughter", "a 34-year-old mother of three": the person noun an age describes. */
const AGED_NOUN = /^\d+[-\s]years?[-\s]old\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)/u;

function agedNoun(unit: AlignUnit, figure: Figure): string | null {
  if (figure.measure !== "age") return null;
  const match = AGED_NOUN.exec(unit.text.slice(figure.span.start - unit.span.start));
  const word = match?.[1];
  if (word === undefined) return null;
  const singular =
    word.endsWith("s") && PERSON_NOUNS.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
  return PERSON_NOUNS.has(singular) ? singular : null;
}

/**
 * Whether a statement names the person beside someone else's age as a relative of another
 * ("34-year-old Ada Lund picking up her daughter"): a possessive before the person noun.
 */
function namesAsRelative(unit: AlignUnit, figure: Figure, noun: string): boolean {
  const offset = figure.span.start - unit.span.start;
  const pattern = new RegExp(`\\b(?:her|his|their|its|[\\p{L}]+['’]s)\\s+${noun}s?\\b`, "giu");
  for (const match of unit.text.matchAll(pattern)) {
    const at = match.index ?? 0;
    // The age's own phrase ("her 11-year-old daughter") is not a mention apart from it.
    if (at + match[0].length <= offset || at >= offset + figure.text.length) return true;
  }
  return false;
}

/**
 * Two ages of two people: one outlet's age describes a relative ("her 11-year-old daughter"), the
 * other's belongs to someone named or described otherwise ("34-year-old Ada Lund") in a statement
 * that names that relative apart ("picking up her daughter"). The mother's age and the daughter's
 * are no disagreement.
 */
export function agesOfRelatives(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  return relativeAge(a, fa, b, fb) || relativeAge(b, fb, a, fa);
}

/**
 * `agesOfRelatives` one way round: `fx` describes a relative whom `y` names apart from its own age.
 * A function of its own, not a closure made per call: this is asked for every two figures compared,
 * and a closure built there (named by tsx's keep-names helper) was the most frequent such call.
 */
function relativeAge(x: AlignUnit, fx: Figure, y: AlignUnit, fy: Figure): boolean {
  const noun = agedNoun(x, fx);
  if (noun === null) return false;
  const other = agedNoun(y, fy);
  if (other === noun) return false;
  if (other === null && ageHolder(y, fy) === null) return false;
  return namesAsRelative(y, fy, noun);
}
