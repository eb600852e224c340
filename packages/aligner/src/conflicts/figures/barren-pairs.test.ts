import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import type { AlignUnit } from "../../align/units.ts";
import { barrenPairsShared } from "./barren-pairs.ts";
import type { FigurePairChecks } from "./event-figures.ts";

const unit = (index: number) => ({ index }) as AlignUnit;

const row: Conflict = { kind: "figure", subject: "invented", values: [], evidence: [] };

/** Checks that find a figure pair (asking `keep`) only for the pairs listed, counting calls. */
function countedChecks(finding: readonly string[]): { checks: FigurePairChecks; calls: string[] } {
  const calls: string[] = [];
  const checks: FigurePairChecks = (pair, keep) => {
    const key = pair.map((u) => u.index).join("-");
    calls.push(key);
    if (!finding.includes(key)) return [];
    return keep && !keep("figure", [], pair[0] as AlignUnit, pair[1] as AlignUnit) ? [] : [row];
  };
  return { checks, calls };
}

describe("barrenPairsShared", () => {
  it("checks a pair that found nothing to keep only once, in the order given", () => {
    const { checks, calls } = countedChecks([]);
    const shared = barrenPairsShared(10, checks, false);
    expect(shared([unit(1), unit(4)], () => true)).toEqual([]);
    expect(shared([unit(1), unit(4)], () => false)).toEqual([]);
    expect(shared([unit(4), unit(1)], () => true)).toEqual([]);
    expect(calls).toEqual(["1-4", "4-1"]);
  });

  it("checks again a pair whose figures the pass's keep decided", () => {
    const { checks, calls } = countedChecks(["2-3"]);
    const shared = barrenPairsShared(10, checks, false);
    expect(shared([unit(2), unit(3)], () => false)).toEqual([]);
    expect(shared([unit(2), unit(3)], () => true)).toEqual([row]);
    expect(calls).toEqual(["2-3", "2-3"]);
  });

  it("reads every pair again on a diagnostic run", () => {
    const { checks, calls } = countedChecks([]);
    const shared = barrenPairsShared(10, checks, true);
    shared([unit(1), unit(4)], () => true);
    shared([unit(1), unit(4)], () => true);
    expect(calls).toEqual(["1-4", "1-4"]);
  });
});
