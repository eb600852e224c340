import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { leadAmountsApart } from "./lead-amounts.ts";

/** A unit giving the sums of money its test says (the figure reader is tested elsewhere). */
function unit(index: number, article: number, text: string, sums: number[] = []) {
  const figures = sums.map((value) => ({ kind: "money", value, unit: "EUR" }) as Figure);
  return makeUnit(index, article, text, { figures });
}

describe("leadAmountsApart", () => {
  const units = [
    unit(0, 0, "Thieves took jewels worth 90 million euros from an Orvale boutique.", [9e7]),
    unit(1, 1, "Jewels worth 60 million euros were stolen in Orvale.", [6e7]),
    unit(2, 2, "Robbers rammed a car into an Orvale shop and took 2 million euros.", [2e6]),
    unit(3, 3, "Robbers rammed a car into an Orvale jeweller.", []),
    unit(4, 3, "Police closed the street.", []),
    unit(5, 3, "The shop reopened.", []),
    unit(6, 3, "The loot was put at 80 million euros.", [8e7]),
  ];
  const apart = leadAmountsApart(units);

  it("parts two leads whose sums are all orders of magnitude apart", () => {
    expect(apart(0, 2)).toBe(-1);
    expect(apart(1, 2)).toBe(-1);
  });

  it("says nothing of two estimates of one sum", () => {
    expect(apart(0, 1)).toBe(0);
  });

  it("says nothing when a lead gives no sum, whatever later statements give", () => {
    expect(apart(0, 3)).toBe(0);
    expect(apart(2, 3)).toBe(0);
  });
});
