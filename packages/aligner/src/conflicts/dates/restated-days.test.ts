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

describe("a weekday written right before its calendar date", () => {
  // Invented: the Harbour Trust's cable break, dated by a weekday and its calendar date together.
  const both = (index: number, text: string, written: string, value: string) => {
    const unit = undated(index, text, [[written, value]]);
    return { ...unit, weekdays: unresolvedWeekdays(unit) };
  };
  const comma = both(
    3,
    "The Harbour Trust cable broke on Saturday, 8 October 2011, near Orvale.",
    "8 October 2011",
    "2011-10-08",
  );
  const bare = both(
    4,
    "The Harbour Trust cable broke on Saturday 8 October 2011 near Orvale.",
    "8 October 2011",
    "2011-10-08",
  );
  const other = undated(5, "The Harbour Trust cable broke on 11 October 2011 near Orvale.", [
    ["11 October 2011", "2011-10-11"],
  ]);

  it("is one day, the written date's, spanning both", () => {
    expect(daysOf(comma).map((d) => [d.text, d.value])).toEqual([
      ["Saturday, 8 October 2011", "2011-10-08"],
    ]);
    expect(daysOf(bare).map((d) => [d.text, d.value])).toEqual([
      ["Saturday 8 October 2011", "2011-10-08"],
    ]);
  });

  it("so another outlet's day is set against it", () => {
    expect(dateConflicts([comma, other], alike).map((c) => c.values.map((v) => v.text))).toEqual([
      ["Saturday, 8 October 2011", "11 October 2011"],
    ]);
  });

  it("leaves two days apart by a word as two", () => {
    const two = both(
      6,
      "The Harbour Trust cable broke on Saturday and was mended on 11 October 2011.",
      "11 October 2011",
      "2011-10-11",
    );
    expect(daysOf(two)).toHaveLength(2);
  });
});
