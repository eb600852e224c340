import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { PairedValues } from "./paired-values.ts";

function conflict(kind: Conflict["kind"], ...at: [string, number][]): Conflict {
  return {
    kind,
    subject: "invented",
    values: at.map(([articleId, start]) => ({
      articleId,
      text: "12",
      span: { articleId, start, end: start + 2 },
    })),
    evidence: [],
  };
}

describe("PairedValues", () => {
  it("knows two values already set against each other in one conflict of the same kind", () => {
    const seen = new PairedValues([conflict("figure", ["a", 1], ["b", 5], ["c", 9])]);
    expect(seen.pairsAny(conflict("figure", ["c", 9], ["a", 1]))).toBe(true);
    expect(seen.pairsAny(conflict("date", ["c", 9], ["a", 1]))).toBe(false);
    expect(seen.pairsAny(conflict("figure", ["c", 9], ["d", 1]))).toBe(false);
    expect(seen.pairsAny(conflict("figure", ["a", 1], ["b", 6]))).toBe(false);
  });

  it("does not pair two values that stand in two different conflicts", () => {
    const seen = new PairedValues([
      conflict("figure", ["a", 1], ["b", 5]),
      conflict("figure", ["c", 9], ["d", 3]),
    ]);
    expect(seen.pairsAny(conflict("figure", ["a", 1], ["c", 9]))).toBe(false);
    seen.add(conflict("figure", ["a", 1], ["c", 9]));
    expect(seen.pairsAny(conflict("figure", ["c", 9], ["a", 1], ["e", 2]))).toBe(true);
  });

  it("tells of two values alone whether every row holding both is paired already", () => {
    const seen = new PairedValues([conflict("figure", ["a", 1], ["b", 5], ["c", 9])]);
    const [x, y] = conflict("figure", ["c", 9], ["a", 1]).values as [
      Conflict["values"][number],
      Conflict["values"][number],
    ];
    expect(seen.pairs("figure", x, y)).toBe(true);
    expect(seen.pairs("time", x, y)).toBe(false);
    expect(seen.pairs("figure", x, x)).toBe(false);
    const [, z] = conflict("figure", ["c", 9], ["d", 1]).values as [
      Conflict["values"][number],
      Conflict["values"][number],
    ];
    expect(seen.pairs("figure", x, z)).toBe(false);
  });

  it("answers a row value by value as pairsAny answers the whole row", () => {
    const seen = new PairedValues([
      conflict("figure", ["a", 1], ["b", 5]),
      conflict("figure", ["c", 9], ["d", 3]),
    ]);
    const rows = [
      conflict("figure", ["a", 1], ["c", 9], ["e", 2]),
      conflict("figure", ["a", 1], ["a", 1], ["c", 9], ["b", 5], ["e", 2]),
      conflict("figure", ["e", 2], ["d", 3], ["c", 9]),
      conflict("date", ["a", 1], ["b", 5]),
    ];
    for (const row of rows) {
      const paired = seen.tracker(row.kind);
      const firstPaired = row.values.findIndex((value) => paired(value));
      expect(firstPaired >= 0).toBe(seen.pairsAny(row));
      // It says so at the first value completing a pair: the row up to there is refused too.
      if (firstPaired >= 0)
        expect(seen.pairsAny({ ...row, values: row.values.slice(0, firstPaired + 1) })).toBe(true);
    }
  });
});
