import type { Conflict } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import { PairedValues } from "./paired-values.ts";

/** The checks one pair of statements goes through, as for a group of two. */
export type PairChecks = (units: readonly AlignUnit[]) => Conflict[];

/** A scored pair of statements (unit indices) and its alignment score. */
export type PairScoreOf = { a: number; b: number; score: number };

/**
 * Disagreements of a statement that alignment left alone with its best match in another article:
 * the value that differs is often the very evidence that would have joined them ("died Thursday" /
 * "died Saturday" no longer share a day, "a 90-day stay" / "a 180-day stay" no longer share a
 * figure), so the changed statement ends up alone. Only a statement told by no other outlet, and
 * only against the one statement it matches best (scored as a pair), goes through the same checks
 * as a group of two (same people, year, measure, lead, hedges …); a conflict already reported is
 * not repeated. Returns the conflicts per group index, each put in the best match's group.
 */
export function loneStatementConflicts(
  units: readonly AlignUnit[],
  groupOf: readonly number[],
  groupArticles: readonly number[],
  scored: readonly PairScoreOf[],
  minScore: number,
  reported: readonly Conflict[],
  checks: PairChecks,
): Map<number, Conflict[]> {
  const best = new Map<number, PairScoreOf>();
  const consider = (from: number, pair: PairScoreOf) => {
    const known = best.get(from);
    if (!known || pair.score > known.score) best.set(from, pair);
  };
  for (const pair of scored) {
    if (pair.score < minScore) continue;
    const a = units[pair.a] as AlignUnit;
    const b = units[pair.b] as AlignUnit;
    if (a.articleIndex === b.articleIndex) continue;
    if (groupArticles[groupOf[pair.a] as number] === 1) consider(pair.a, pair);
    if (groupArticles[groupOf[pair.b] as number] === 1) consider(pair.b, pair);
  }
  const seen = new PairedValues(reported);
  const found = new Map<number, Conflict[]>();
  for (const [lone, pair] of [...best].sort((x, y) => x[0] - y[0])) {
    const other = pair.a === lone ? pair.b : pair.a;
    if (groupOf[other] === groupOf[lone]) continue;
    for (const conflict of checks([units[lone] as AlignUnit, units[other] as AlignUnit])) {
      if (seen.pairsAny(conflict)) continue;
      seen.add(conflict);
      const home = groupOf[other] as number;
      found.set(home, [...(found.get(home) ?? []), conflict]);
    }
  }
  return found;
}
