import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { seriesVerbs } from "./verb-series.ts";

const verbsAfter = (text: string, day: string) => {
  const unit = withDays(0, 0, text, [[day, "2025-03-13"]]);
  return seriesVerbs(unit, unit.dates[0] as NonNullable<(typeof unit.dates)[0]>);
};

describe("seriesVerbs", () => {
  it("reads the next predicate of the same subject after the day's clause", () => {
    expect(
      verbsAfter(
        "Ada Lund returned to the Harbour Mill Thursday evening, gunned down two workers and fled.",
        "Thursday evening",
      ),
    ).toEqual(["gun"]);
  });

  it("reads no verb when a new subject or a participle of manner follows", () => {
    expect(verbsAfter("Ada Lund returned on Thursday, Ivo Vint said.", "Thursday")).toEqual([]);
    expect(verbsAfter("The storm struck on Thursday, killing two.", "Thursday")).toEqual([]);
    expect(verbsAfter("Ada Lund returned on Thursday.", "Thursday")).toEqual([]);
  });
});
