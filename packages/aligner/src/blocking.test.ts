import { describe, expect, it } from "vitest";
import { makeUnit } from "../test/fixtures/alignment-gold/make-unit.ts";
import { blockingKeys, candidatePairs, type UnitPairs } from "./blocking.ts";

const listed = (pairs: UnitPairs): [number, number][] =>
  Array.from(pairs.low, (low, i) => [low, pairs.high[i] as number]);

describe("candidatePairs", () => {
  it("pairs statements of different articles that share a rare word, never two of one article", () => {
    const units = [
      makeUnit(0, 0, "Washington has shown some flexibility on the matter."),
      makeUnit(1, 0, "The flexibility of the plan was discussed again."),
      makeUnit(2, 1, "The US has shown flexibility, accepting parts of the proposal."),
      makeUnit(3, 2, "Shipbuilders reported record orders."),
    ];
    const { stats, ...found } = candidatePairs(units);
    const pairs = listed(found.pairs);
    expect(pairs).toContainEqual([0, 2]);
    expect(pairs).not.toContainEqual([0, 1]);
    for (const [a, b] of pairs) expect(units[a]?.articleIndex).not.toBe(units[b]?.articleIndex);
    // Each pair once, low first, in ascending order.
    const ids = pairs.map(([a, b]) => a * units.length + b);
    expect(ids).toEqual([...new Set(ids)].sort((x, y) => x - y));
    for (const [a, b] of pairs) expect(a).toBeLessThan(b);
    // Rarer is weightier: "flexibility" is in three statements, "record" in one.
    expect(stats.idf.get("l:record")).toBeGreaterThan(
      stats.idf.get("l:flexible") ?? Number.POSITIVE_INFINITY,
    );
  });

  it("uses resolved entities, figures and dates as keys", () => {
    const unit = makeUnit(0, 0, "The talks resumed.", { entities: new Set(["E3"]) });
    expect(blockingKeys(unit)).toEqual(expect.arrayContaining(["e:E3", "l:talk"]));
  });

  it("keeps the number of candidates per statement bounded however large the story", () => {
    // 2,000 statements that all share the same words: all-pairs would be two million pairs.
    const units = Array.from({ length: 2000 }, (_, i) =>
      makeUnit(i, i, "Tariff talks continue in Washington."),
    );
    const { pairs } = candidatePairs(units);
    expect(pairs.low.length).toBe(pairs.high.length);
    expect(pairs.low.length).toBeLessThanOrEqual(2000 * 20);
    expect(pairs.low.length).toBeGreaterThan(2000);
  });
});
