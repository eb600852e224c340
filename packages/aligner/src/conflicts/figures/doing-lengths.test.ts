import { describe, expect, it } from "vitest";
import { countedUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { eventConflicts } from "../../../test/support/figure-conflicts.ts";
import type { AlignUnit } from "../../align/units.ts";
import { lengthsOfOneDoing } from "./doing-lengths.ts";

/** A statement giving one length in days, with the measure the figure reader gave it. */
function days(index: number, text: string, count: string, value: number, measure: string) {
  const unit = countedUnit(index, text, count, value, measure, "day");
  return { ...unit, figures: unit.figures.map((f) => ({ ...f, kind: "duration" as const })) };
}

const texts = (units: AlignUnit[]) =>
  eventConflicts(units).map((f) => f.conflict.values.map((v) => v.text));

describe("lengths of one doing", () => {
  it("read a noun and its -ing form as one doing, not two nouns or a short -ing word", () => {
    expect(lengthsOfOneDoing(["rioting", "spread"], ["riot"])).toBe(true);
    expect(lengthsOfOneDoing(["riot"], ["strike"])).toBe(false);
    expect(lengthsOfOneDoing(["sing"], ["s"])).toBe(false);
  });

  it("set ten days of rioting against five days of riots told with one verb", () => {
    const a = days(
      0,
      "The death of Ada Lund sparked ten days of rioting spread across Harbourville.",
      "ten days",
      10,
      "rioting spread across Harbourville",
    );
    const b = days(
      1,
      "The death of Ada Lund sparked five days of riots and protests in Harbourville.",
      "five days",
      5,
      "riots and protests",
    );
    expect(texts([a, b])).toEqual([["ten days", "five days"]]);
    const strikes = days(
      1,
      "The death of Ada Lund sparked five days of strikes and protests in Harbourville.",
      "five days",
      5,
      "strikes and protests",
    );
    expect(texts([a, strikes])).toEqual([]);
  });
});
