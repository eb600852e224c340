import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { groupUnits, type ScoredPair } from "./groups.ts";
import { joinMoney, moneyApart, moneyRange } from "./money-apart.ts";

const money = (value: number, unit = "EUR") => ({ kind: "money", value, unit }) as Figure;

describe("moneyApart", () => {
  it("parts sums all at least ten times apart, whichever is larger", () => {
    expect(moneyApart({ min: 2e6, max: 2.6e6 }, { min: 74e6, max: 137e6 })).toBe(true);
    expect(moneyApart({ min: 74e6, max: 137e6 }, { min: 2e6, max: 2.6e6 })).toBe(true);
  });

  it("keeps two outlets' estimates, a doubled figure and sums on both sides together", () => {
    expect(moneyApart({ min: 108e6, max: 108e6 }, { min: 160e6, max: 160e6 })).toBe(false);
    expect(moneyApart({ min: 2e6, max: 2e6 }, { min: 4e6, max: 4e6 })).toBe(false);
    expect(moneyApart({ min: 2e6, max: 90e6 }, { min: 3e6, max: 3e6 })).toBe(false);
  });

  it("says nothing when a side gives no sum", () => {
    expect(moneyApart(null, { min: 1, max: 1 })).toBe(false);
    expect(moneyApart(joinMoney(null, null), null)).toBe(false);
  });

  it("reads a statement's sums of money only, not its other figures", () => {
    const unit = makeUnit(0, 0, "Jewels worth 2 million euros were taken by four men.", {
      figures: [money(2e6), { kind: "count", value: 4, unit: "men" } as Figure],
    });
    expect(moneyRange(unit)).toEqual({ min: 2e6, max: 2e6 });
    expect(moneyRange(makeUnit(1, 0, "Four men were held."))).toBeNull();
  });
});

describe("groupUnits with sums of money far apart", () => {
  const pair = (a: number, b: number, score: number): ScoredPair => ({
    a,
    b,
    score,
    evidence: [],
    speakerClash: false,
  });

  it("never joins statements of two heists told alike, even through a third", () => {
    const units = [
      makeUnit(0, 0, "Robbers took jewels worth 90 million euros from an Orvale store.", {
        figures: [money(90e6)],
      }),
      makeUnit(1, 1, "Robbers took jewels worth 2 million euros from an Orvale store.", {
        figures: [money(2e6)],
      }),
      makeUnit(2, 2, "Robbers took jewels from an Orvale store."),
    ];
    const groups = groupUnits(units, [pair(0, 2, 0.9), pair(1, 2, 0.8), pair(0, 1, 0.7)], 0.2);
    expect(groups.map((g) => g.units)).toEqual([[0, 2], [1]]);
  });

  it("joins two outlets' estimates of one sum", () => {
    const units = [
      makeUnit(0, 0, "Robbers took jewels worth 2 million euros.", { figures: [money(2e6)] }),
      makeUnit(1, 1, "Robbers took jewels worth 2.6 million dollars.", {
        figures: [money(2.6e6, "USD")],
      }),
    ];
    expect(groupUnits(units, [pair(0, 1, 0.9)], 0.2).map((g) => g.units)).toEqual([[0, 1]]);
  });
});
