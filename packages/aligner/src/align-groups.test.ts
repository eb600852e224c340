import { describe, expect, it } from "vitest";
import { makeUnit } from "../test/fixtures/alignment-gold/make-unit.ts";
import { groupEvidence, groupUnits, type ScoredPair } from "./align-groups.ts";

const pair = (a: number, b: number, score: number): ScoredPair => ({
  a,
  b,
  score,
  speakerClash: false,
  evidence: [{ kind: "lexical", label: `${a}-${b}`, weight: score }],
});

describe("groupUnits", () => {
  it("joins one outlet's neighbouring statements to another's single one (one-to-many)", () => {
    const units = [
      makeUnit(0, 0, "Kim said there was substantial progress and the prospects improved."),
      makeUnit(1, 1, "There was substantive progress on most of the issues, Kim said.", {
        position: 4,
      }),
      makeUnit(2, 1, "He added that the chances have increased.", { position: 5 }),
    ];
    const groups = groupUnits(units, [pair(0, 1, 0.5), pair(0, 2, 0.3)], 0.2);
    expect(groups.map((g) => g.units)).toEqual([[0, 1, 2]]);
  });

  it("lets a neighbour join on weaker evidence, but not a distant statement of the same article", () => {
    const units = [
      makeUnit(0, 0, "Washington has shown flexibility on the upfront cash demand."),
      makeUnit(1, 1, "The US demanded full upfront payment.", { position: 7 }),
      makeUnit(2, 1, "Korea argued such a demand is unrealistic.", { position: 8 }),
      makeUnit(3, 1, "Unrelated later sentence about cash.", { position: 15 }),
    ];
    const groups = groupUnits(units, [pair(0, 1, 0.4), pair(0, 2, 0.15), pair(0, 3, 0.15)], 0.2);
    const withZero = groups.find((g) => g.units.includes(0));
    expect(withZero?.units).toEqual([0, 1, 2]);
  });

  it("never chains remarks spoken on different days into one group", () => {
    const kim = new Set(["E-kim"]);
    const units = [
      makeUnit(0, 0, "a", { speakers: kim, saidOn: "2025-10-19" }),
      makeUnit(1, 1, "b"),
      makeUnit(2, 2, "c", { speakers: kim, saidOn: "2025-10-24" }),
    ];
    const groups = groupUnits(units, [pair(0, 1, 0.6), pair(1, 2, 0.5)], 0.2);
    expect(groups.find((g) => g.units.includes(0))?.units).toEqual([0, 1]);
    expect(groups.find((g) => g.units.includes(2))?.units).toEqual([2]);
  });

  it("does not merge two groups that already share two articles (two different statements)", () => {
    const units = [
      makeUnit(0, 0, "a"),
      makeUnit(1, 1, "b"),
      makeUnit(2, 0, "c", { position: 1 }),
      makeUnit(3, 1, "d", { position: 2 }),
    ];
    const groups = groupUnits(units, [pair(0, 1, 0.9), pair(2, 3, 0.9), pair(0, 3, 0.3)], 0.2);
    expect(groups.map((g) => g.units).sort()).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it("is independent of the order the pairs come in", () => {
    const units = [0, 1, 2, 3, 4].map((i) => makeUnit(i, i, `s${i}`));
    const pairs = [pair(0, 1, 0.5), pair(1, 2, 0.4), pair(3, 4, 0.45), pair(2, 3, 0.1)];
    expect(groupUnits(units, [...pairs].reverse(), 0.2)).toEqual(groupUnits(units, pairs, 0.2));
  });
});

describe("groupEvidence", () => {
  it("keeps each kind and label once, with its strongest weight, strongest first", () => {
    const evidence = groupEvidence([
      pair(0, 1, 0.5),
      { ...pair(0, 2, 0.3), evidence: [{ kind: "lexical", label: "0-1", weight: 0.7 }] },
    ]);
    expect(evidence).toEqual([{ kind: "lexical", label: "0-1", weight: 0.7 }]);
  });
});
