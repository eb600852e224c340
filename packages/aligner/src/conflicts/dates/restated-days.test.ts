import { describe, expect, it } from "vitest";
import { unresolvedWeekdays, withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { dateConflicts } from "./conflicts.ts";
import { daysOf } from "./day-values.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

/** A statement of an article with no publication day: relative days and weekdays unresolved. */
function undated(index: number, text: string, days: [string, string][]) {
  const unit = withDays(index, index, text, days, {
    position: 0,
    entities: new Set(["Harbour Trust"]),
  });
  const today = text.indexOf("today");
  const relative =
    today < 0
      ? []
      : [
          {
            id: `t${index}`,
            span: {
              articleId: unit.articleId,
              start: unit.span.start + today,
              end: unit.span.start + today + 5,
            },
            text: "today",
            value: null,
            endValue: null,
            precision: "day" as const,
            status: "unresolved" as const,
          },
        ];
  return { ...unit, dates: [...relative, ...unit.dates], weekdays: unresolvedWeekdays(unit) };
}

// Invented: two outlets date the Trust's restoring power, each restating its relative day.
const friday = undated(
  0,
  "Last week Friday (10 March 2017), the Harbour Trust restored power to its Orvale customers.",
  [["10 March 2017", "2017-03-10"]],
);
const today = undated(
  1,
  "The Harbour Trust restored power to its Orvale customers today (13 March 2017).",
  [["13 March 2017", "2017-03-13"]],
);

describe("days restated by a written date in parentheses", () => {
  it("read as one day, the written date's, spanning both", () => {
    expect(daysOf(friday).map((d) => [d.text, d.value])).toEqual([
      ["Friday (10 March 2017)", "2017-03-10"],
    ]);
    expect(daysOf(today).map((d) => [d.text, d.value])).toEqual([
      ["today (13 March 2017)", "2017-03-13"],
    ]);
  });

  it("set two outlets' days against each other though neither article has a day of its own", () => {
    expect(dateConflicts([friday, today], alike).map((c) => c.values.map((v) => v.text))).toEqual([
      ["Friday (10 March 2017)", "today (13 March 2017)"],
    ]);
  });

  it("leave a parenthesis of another zone's time alone", () => {
    const zone = withDays(
      2,
      2,
      "The old keeper died in a harbour hospital at 18:41 this evening (02:41 GMT Friday).",
      [["Friday", "2025-03-14"]],
    );
    expect(daysOf(zone)).toEqual([]);
  });
});
