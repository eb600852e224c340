import { describe, expect, it } from "vitest";
import { measuredUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { conditionalFigure, neededFigure } from "./moods.ts";
import { figurePairReading } from "./pairs.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

const unit = (index: number, text: string, count: string, value: number, measure: string) =>
  measuredUnit(index, text, count, value, measure);
const figureOf = (u: ReturnType<typeof unit>) => u.figures[0] as NonNullable<(typeof u.figures)[0]>;

describe("neededFigure", () => {
  const bar = unit(
    0,
    "Vela is short of the 412 seats needed to form a majority.",
    "412 seats",
    412,
    "seats",
  );
  const tally = unit(1, "Vela has so far won 380 seats in the chamber.", "380 seats", 380, "seats");
  it("reads a number needed to reach something as a bar, not a count", () => {
    expect(neededFigure(bar, figureOf(bar))).toBe(true);
    expect(neededFigure(tally, figureOf(tally))).toBe(false);
    const more = unit(
      2,
      "Vela won 30 more seats than needed for a majority.",
      "30 more seats",
      30,
      "seats",
    );
    expect(neededFigure(more, figureOf(more))).toBe(false);
  });
  it("never sets a bar against a count, but two bars still disagree", () => {
    expect(figurePairReading(bar, figureOf(bar), tally, figureOf(tally), alike)).toBe(
      "neededFigure",
    );
    const other = unit(
      3,
      "Vela is short of the 400 seats needed to form a majority.",
      "400 seats",
      400,
      "seats",
    );
    expect(figurePairReading(bar, figureOf(bar), other, figureOf(other), alike)).not.toBe(
      "neededFigure",
    );
  });
});

describe("conditionalFigure", () => {
  const maybe = unit(
    0,
    "If Orrin loses the county on Tuesday, Vela needs 58 percent of the remaining votes.",
    "58 percent",
    58,
    "percent",
  );
  const now = unit(
    1,
    "Vela now needs 61 percent of the remaining votes.",
    "61 percent",
    61,
    "percent",
  );
  it("reads a figure after an opening condition as what would be", () => {
    expect(conditionalFigure(maybe, figureOf(maybe))).toBe(true);
    expect(conditionalFigure(now, figureOf(now))).toBe(false);
    const inside = unit(
      2,
      "Even with 58 percent, if the count holds, Vela wins.",
      "58 percent",
      58,
      "percent",
    );
    expect(conditionalFigure(inside, figureOf(inside))).toBe(false);
  });
  it("never sets a hypothetical figure against a plain one", () => {
    expect(figurePairReading(maybe, figureOf(maybe), now, figureOf(now), alike)).toBe(
      "conditionalFigure",
    );
  });
});
