import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { namedInCommon } from "../named-ids.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";

/**
 * "Lund leads Vint 46 percent to 44 percent", "46%-44%", "46 to 44 percent": two shares set against
 * each other, a result of one measure (a poll, a vote) whose sides the statement names. A percent
 * figure names no measure of its own, so without this reading two outlets giving one poll's result
 * meet no shared measure (pairs.ts "measureUnknown").
 */
const SHARE_PAIR =
  /\b\d+(?:\.\d+)?\s*(?:%|percent|per cent)?\s*(?:to|-|–)\s*\d+(?:\.\d+)?\s*(?:%|percent|per cent)/giu;

/** The people and bodies two outlets must both name: the two sides and who measured them. */
const MIN_SHARED_NAMES = 3;

function inSharePair(unit: AlignUnit, figure: Figure): boolean {
  const start = figure.span.start - unit.span.start;
  const end = figure.span.end - unit.span.start;
  for (const m of unit.text.matchAll(SHARE_PAIR)) {
    const from = m.index ?? 0;
    if (from <= start && end <= from + m[0].length) return true;
  }
  return false;
}

/**
 * Whether two percent figures are one side's share in one result told by two outlets: each stands
 * in a pair of shares ("46 percent to 44 percent"), and the two statements name the same people
 * and bodies, at least the two sides and who measured them ("the Harbour Trust poll showed Lund
 * leading Vint"). Polls of the same race by other pollsters, or of other races, are other results.
 * The figures were already paired in order with exactly one differing (pairs.ts).
 */
export const sharesOfOneResult: FigurePairTest = (a, fa, b, fb, context) => {
  if (fa.kind !== "percent" || fb.kind !== "percent") return false;
  if (!inSharePair(a, fa) || !inSharePair(b, fb)) return false;
  return namedInCommon(a, b, context.isPlace) >= MIN_SHARED_NAMES;
};
