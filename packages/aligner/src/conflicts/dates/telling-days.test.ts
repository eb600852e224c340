import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { tellingDayConflicts } from "./telling-days.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

function said(index: number, article: number, text: string, day: string, value: string) {
  return withDays(index, article, text, [[day, value]], { position: 0 });
}

const rows = (units: ReturnType<typeof said>[], reported: Conflict[] = []) =>
  tellingDayConflicts(units, context, reported).map(({ conflict }) =>
    conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );

const friday = said(
  0,
  0,
  "A blast at the harbour mill injured two night workers and a guard, officials said Friday.",
  "Friday",
  "2025-03-14",
);
const sunday = said(
  1,
  1,
  "A blast at the harbour mill injured two night workers and a guard, and no cause was known, officials said Sunday.",
  "Sunday",
  "2025-03-16",
);

describe("tellingDayConflicts", () => {
  it("sets two days of telling one report in nearly the same words against each other", () => {
    expect(rows([friday, sunday])).toEqual([["a:Friday", "b:Sunday"]]);
  });

  it("leaves reports told in other words apart", () => {
    const other = said(
      1,
      1,
      "The council of Ivo Vint opened a new ferry line to the islands, officials said Sunday.",
      "Sunday",
      "2025-03-16",
    );
    expect(rows([friday, other])).toEqual([]);
  });

  it("sets one report retold in other words against itself when it keeps its happening's word", () => {
    const saturday = said(
      0,
      0,
      "Two dock workers were arrested in the theft of a ferry bell from the Castlebay pier, officials announced Saturday.",
      "Saturday",
      "2025-03-15",
    );
    const monday = said(
      1,
      1,
      "Two dock workers are under arrest for the night robbery of a harbour office near the Castlebay pier last winter, police said Monday.",
      "Monday",
      "2025-03-17",
    );
    expect(rows([saturday, monday])).toEqual([["a:Saturday", "b:Monday"]]);
    // As many words shared, but one report's verb no word of the other: two reports.
    const questioned = said(
      1,
      1,
      "Two dock workers were questioned about a missing bell at the Castlebay pier last winter, police said Monday.",
      "Monday",
      "2025-03-17",
    );
    expect(rows([saturday, questioned])).toEqual([]);
    // The same two wordings told by two named people: an offer made and one withdrawn are two
    // reports, so one teller's day is no other day of the other's report.
    const byLund = { ...saturday, speakers: new Set(["Ada Lund"]) };
    const byVint = { ...monday, speakers: new Set(["Ivo Vint"]) };
    expect(rows([byLund, byVint])).toEqual([]);
    expect(rows([byLund, { ...monday, speakers: new Set(["Ada Lund"]) }])).toEqual([
      ["a:Saturday", "b:Monday"],
    ]);
  });

  it("reads no telling in a day of the happening itself", () => {
    const happened = said(
      1,
      1,
      "A blast at the harbour mill injured two night workers and a guard on Sunday.",
      "Sunday",
      "2025-03-16",
    );
    expect(rows([friday, happened])).toEqual([]);
  });

  it("leaves a day already in a reported row to that row", () => {
    const reported: Conflict = {
      kind: "date",
      subject: "date of the event",
      values: [
        { articleId: friday.articleId, text: "Friday", span: friday.dates[0]?.span ?? null },
      ],
      evidence: [],
    };
    expect(rows([friday, sunday], [reported])).toEqual([]);
  });
});
