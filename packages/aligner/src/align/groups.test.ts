import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { groupEvidence, groupUnits, type ScoredPair } from "./groups.ts";

const pair = (a: number, b: number, score: number): ScoredPair => ({
  a,
  b,
  score,
  speakerClash: false,
  evidence: [{ kind: "lexical", label: `${a}-${b}`, weight: score }],
});

describe("groupUnits", () => {
  it("lists groups by their lowest statement, statements that joined nothing included", () => {
    const units = [
      makeUnit(0, 0, "The ferry council approved the harbour budget."),
      makeUnit(1, 0, "Rain is expected on the coast.", { position: 1 }),
      makeUnit(2, 1, "A new pier was opened by Mayor Ada Lund.", { position: 0 }),
      makeUnit(3, 1, "The harbour budget was approved by the ferry council.", { position: 1 }),
      makeUnit(4, 2, "Mayor Ada Lund opened a new pier.", { position: 0 }),
    ];
    // The last pairs join first; statement 1 stays alone between the two groups.
    const groups = groupUnits(units, [pair(2, 4, 0.6), pair(0, 3, 0.5)], 0.2);
    expect(groups.map((g) => g.units)).toEqual([[0, 3], [1], [2, 4]]);
  });

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

  it("lets a lone statement join a group that several other outlets' weaker matches corroborate", () => {
    // Articles 1–3 tell one fact alike; article 0's sentence shares a little with each of them.
    // A fifth article makes the story large enough to ask three supporting outlets.
    const units = [
      makeUnit(0, 0, "a"),
      makeUnit(1, 1, "b"),
      makeUnit(2, 2, "c"),
      makeUnit(3, 3, "d"),
      makeUnit(4, 4, "e"),
    ];
    const strong = [pair(1, 2, 0.6), pair(2, 3, 0.5)];
    const weak = [pair(0, 1, 0.1), pair(0, 2, 0.08), pair(0, 3, 0.07)];
    const joined = groupUnits(units, [...strong, ...weak], 0.2);
    expect(joined.find((g) => g.units.includes(0))?.units).toEqual([0, 1, 2, 3]);
    // Two outlets' weak matches are not enough in a story of five articles.
    const two = groupUnits(units, [...strong, pair(0, 1, 0.1), pair(0, 2, 0.08)], 0.2);
    expect(two.find((g) => g.units.includes(0))?.units).toEqual([0]);
    // Nor do matches from articles less alike to the statement's own than the story's typical pair:
    // they may tell another, similar event.
    const unlike = {
      between: (x: number, y: number) => (x === 0 || y === 0 ? 0.1 : 0.5),
      typical: 0.4,
    };
    const apart = groupUnits(units, [...strong, ...weak], 0.2, unlike);
    expect(apart.find((g) => g.units.includes(0))?.units).toEqual([0]);
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

  it("lets one speech reported over a run of sentences spread over five positions, four statements", () => {
    const kim = new Set(["E-kim"]);
    const said = { speakers: kim, saidOn: "2025-10-19", reported: true };
    const units = [
      makeUnit(0, 0, "Kim said there was substantial progress and the chances improved.", said),
      makeUnit(1, 1, "Kim told reporters on Sunday most issues were settled.", {
        ...said,
        position: 1,
      }),
      makeUnit(2, 1, "There was substantive progress, Kim said.", { ...said, position: 2 }),
      makeUnit(3, 1, "According to Kim, both sides aim to conclude.", { ...said, position: 4 }),
      makeUnit(4, 1, "He added that the chances have increased.", { ...said, position: 5 }),
    ];
    const pairs = [pair(0, 1, 0.4), pair(0, 2, 0.5), pair(0, 3, 0.3), pair(0, 4, 0.45)];
    expect(groupUnits(units, pairs, 0.2).map((g) => g.units)).toEqual([[0, 1, 2, 3, 4]]);
    // The same sentences without one speaker and day stay within three close statements.
    const plain = units.map((u) => ({ ...u, speakers: new Set<string>(), saidOn: null }));
    const groups = groupUnits(plain, pairs, 0.2);
    expect(groups.find((g) => g.units.includes(0))?.units).toEqual([0, 1, 2, 3]);
  });

  it("keeps apart two mentions of one article with a hole of more than one statement between them", () => {
    const units = [
      makeUnit(0, 0, "a"),
      makeUnit(1, 1, "b", { position: 2 }),
      makeUnit(2, 1, "c", { position: 5 }),
    ];
    const groups = groupUnits(units, [pair(0, 1, 0.5), pair(0, 2, 0.4)], 0.2);
    expect(groups.find((g) => g.units.includes(0))?.units).toEqual([0, 1]);
  });

  it("does not place on weak evidence a statement whose strong match was refused", () => {
    const units = [
      makeUnit(0, 0, "a", { position: 5 }),
      makeUnit(1, 1, "b", { position: 0 }),
      makeUnit(2, 0, "c", { position: 1 }),
      makeUnit(3, 0, "d", { position: 2 }),
      makeUnit(4, 1, "e", { position: 3 }),
    ];
    // 2 matches 1 strongly, but 1's group holds article 0's statement four positions away; 2 sits
    // beside 3, whose group it matches only weakly (2–4): it stays alone.
    const groups = groupUnits(
      units,
      [pair(0, 1, 0.6), pair(3, 4, 0.5), pair(1, 2, 0.4), pair(2, 4, 0.15)],
      0.2,
    );
    expect(groups.find((g) => g.units.includes(2))?.units).toEqual([2]);
    // Without its strong match it joins its neighbour's group.
    const joined = groupUnits(units, [pair(0, 1, 0.6), pair(3, 4, 0.5), pair(2, 4, 0.15)], 0.2);
    expect(joined.find((g) => g.units.includes(2))?.units).toEqual([2, 3, 4]);
  });

  it("does not let two outlets each put several statements in one group (many-to-many)", () => {
    const units = [
      makeUnit(0, 0, "Kim boarded again three days after returning.", { position: 2 }),
      makeUnit(1, 0, "Minister Kim did so two days after returning home.", { position: 3 }),
      makeUnit(2, 1, "Both officials had returned days earlier.", { position: 2 }),
      makeUnit(3, 1, "They are set to depart on Wednesday morning.", { position: 0 }),
    ];
    const groups = groupUnits(units, [pair(0, 2, 0.4), pair(1, 2, 0.35), pair(0, 3, 0.3)], 0.2);
    expect(groups.find((g) => g.units.includes(2))?.units).toEqual([0, 1, 2]);
    expect(groups.find((g) => g.units.includes(3))?.units).toEqual([3]);
  });

  it("lets two outlets' runs of one speech share a group, but then no third outlet's several statements", () => {
    // Held-out: A and B each tell Sato's Tuesday remarks in two sentences; C's lead sentence (no
    // speaker) sits beside C's Sato sentence and matches A weakly — it is not part of that speech.
    const sato = { speakers: new Set(["E-sato"]), saidOn: "2026-03-10" } as const;
    const units = [
      makeUnit(0, 0, "a0", { ...sato, position: 0 }),
      makeUnit(1, 0, "a1", { ...sato, position: 1 }),
      makeUnit(2, 1, "b0", { ...sato, position: 0 }),
      makeUnit(3, 1, "b1", { ...sato, position: 1 }),
      makeUnit(4, 2, "c0", { position: 0 }),
      makeUnit(5, 2, "c1", { ...sato, position: 1 }),
    ];
    const groups = groupUnits(
      units,
      [pair(0, 2, 0.6), pair(1, 2, 0.5), pair(1, 3, 0.45), pair(2, 5, 0.4), pair(0, 4, 0.15)],
      0.2,
    );
    expect(groups.find((g) => g.units.includes(0))?.units).toEqual([0, 1, 2, 3, 5]);
    expect(groups.find((g) => g.units.includes(4))?.units).toEqual([4]);
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
