import type { Figure } from "@parallax/core";
import { BAR_COMPARATIVES, BAR_GOAL_VERBS, NEED_WORDS } from "../../../lexicons/bar-words.ts";
import { CONDITION_OPENERS } from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";

/* Figures that count no thing that is: a number needed to reach something, and one told under a
 * condition. Each is compared only with a figure of its own kind (issue 12: "the 270 votes needed
 * to win" is no tally against "has won 230 votes"). */

/** A participle or adjective of need right after the counted noun: "the 270 votes needed to win". */
const NEEDED_AFTER = new RegExp(
  String.raw`^[\s\p{L}-]{0,30}?\b(?:${NEED_WORDS.join("|")})\b`,
  "iu",
);

/** A comparative right after a figure of need (BAR_COMPARATIVES): a lack or a bound, not a bar. */
const COMPARATIVE = new RegExp(String.raw`\b(?:${BAR_COMPARATIVES.join("|")})\b`, "iu");

/**
 * Words right before a figure that make it a bar said of no one: "It takes 1,200 votes to win",
 * "a candidate must win 1,200 votes", "either side would need 40 seats" — never "Vint needs 300
 * votes", what one named candidate still lacks.
 */
export const GENERIC_BAR_BEFORE = new RegExp(
  String.raw`(?:\b[Ii]t\s+(?:takes|took|will\s+take|would\s+take)|(?:^|[\s,])(?:[Aa]n?|[Aa]ny|[Ee]ither|[Ee]ach|[Ee]very)\s+(?:[\p{L}-]+\s+){1,2}(?:must|would|will|needs?|requires?)` +
    String.raw`(?:\s+(?:${BAR_GOAL_VERBS.join("|")}))?)\s+$`,
  "u",
);

/** Whether a figure is a bar to reach ("the 1,200 seats needed for a majority"), not a count. */
export function neededFigure(unit: AlignUnit, figure: Figure): boolean {
  const start = figure.span.start - unit.span.start;
  if (GENERIC_BAR_BEFORE.test(unit.text.slice(Math.max(0, start - 60), start))) return true;
  const after = unit.text.slice(figure.span.end - unit.span.start);
  const clause = after.split(/[,;:.]/u)[0] ?? "";
  return NEEDED_AFTER.test(clause) && !COMPARATIVE.test(clause.slice(0, 12));
}

/** A sentence opening on a condition, its clause closed by a comma: "If Lund wins on Tuesday, …". */
const OPENING_CONDITION = new RegExp(
  String.raw`^\W*(?:${CONDITION_OPENERS.join("|")})\s[^,;:]+,`,
  "iu",
);

/**
 * Whether a figure is told under a condition the sentence opens with ("If Lund wins the county,
 * she needs 40 percent of the rest"): what would be, not what is.
 */
export function conditionalFigure(unit: AlignUnit, figure: Figure): boolean {
  const match = OPENING_CONDITION.exec(unit.text);
  return match !== null && figure.span.start - unit.span.start >= match[0].length;
}
