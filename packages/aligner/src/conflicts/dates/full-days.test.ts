import { describe, expect, it } from "vitest";
import { weekdayRow as row, weekdayUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { dayNumber } from "../../extract/dates/calendar-days.ts";
import type { ConflictContext } from "../guards.ts";
import { completeRows } from "./row-completion.ts";
import { fullWrittenDay } from "./written-days.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

/** A unit whose first weekday is read with the calendar day written after it, as chrono reads it. */
function unit(index: number, text: string, entities: string[]): AlignUnit {
  const base = weekdayUnit(index, text, entities);
  const m = /\b\w+day,? \d{1,2} \w+ \d{4}/.exec(text);
  const [first, ...rest] = base.weekdays;
  if (!m || !first) return base;
  const start = base.span.start + m.index;
  return {
    ...base,
    weekdays: [
      { ...first, text: m[0], span: { ...first.span, start, end: start + m[0].length } },
      ...rest,
    ],
  };
}

// Invented: one outage, told by an operator's trouble and by the line going dead.
const faults = unit(0, "Norland Telecom began to see faults on Tuesday, 14 March 2023.", [
  "Norland Telecom",
]);
const edited = unit(1, "Norland Telecom began to see faults on Thursday 14 March 2023.", [
  "Norland Telecom",
]);

describe("fullWrittenDay", () => {
  it("reads day, month and year in either order", () => {
    expect(fullWrittenDay("Tuesday, 14 March 2023")).toBe(dayNumber(2023, 3, 14));
    expect(fullWrittenDay("Tue. Mar. 14, 2023")).toBe(dayNumber(2023, 3, 14));
    expect(fullWrittenDay("March 14th, 2023")).toBe(dayNumber(2023, 3, 14));
  });
  it("reads no day without its year", () => {
    expect(fullWrittenDay("Tuesday 14 March")).toBeNull();
    expect(fullWrittenDay("Tuesday")).toBeNull();
  });
});

describe("date rows completed by a calendar day written in full", () => {
  const complete = (candidate: AlignUnit) => {
    const found = row(faults, edited);
    completeRows([faults, edited, candidate], [found], context);
    return found.values.map((v) => v.articleId).includes(candidate.articleId);
  };

  it("take an outlet writing the row's day in full with another verb", () => {
    expect(complete(unit(2, "The harbour line went dead on Tuesday 14 March 2023.", []))).toBe(
      true,
    );
  });

  it("leave out a bare weekday told with another verb", () => {
    expect(complete(unit(2, "The harbour line went dead on Tuesday.", []))).toBe(false);
  });

  it("leave out another calendar day of the same weekday name", () => {
    expect(complete(unit(2, "The harbour line went dead on Tuesday 21 March 2023.", []))).toBe(
      false,
    );
  });

  it("leave out a day of someone else's happening", () => {
    expect(complete(unit(2, "Ivo Vint was arrested on Tuesday 14 March 2023.", ["Ivo Vint"]))).toBe(
      false,
    );
  });
});
