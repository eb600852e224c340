import type { DateReference, Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { claimRetold } from "./claim-retold.ts";

const context: ConflictContext = {
  similarity: () => 0.2,
  entityName: (id) => id,
  isPerson: (id) => id !== "police",
};

/** A statement of its own article past the lead, naming `named`, with one figure placed in its text. */
function unit(
  index: number,
  text: string,
  figure: [string, Figure["kind"], number, string, string | null],
  named: { entities?: string[]; speakers?: string[]; days?: string[] } = {},
): AlignUnit {
  const articleId = articleIdOf(index);
  const [figureText, kind, value, unitName, measure] = figure;
  const at = index * 1000 + text.indexOf(figureText);
  const day = (text: string, i: number): DateReference => ({
    id: `d${index}-${i}`,
    span: { articleId, start: index * 1000, end: index * 1000 + 1 },
    text,
    value: null,
    endValue: null,
    precision: "day",
    status: "unresolved",
  });
  return makeUnit(index, index, text, {
    position: 9,
    entities: new Set([...(named.entities ?? []), ...(named.speakers ?? [])]),
    speakers: new Set(named.speakers ?? []),
    weekdays: (named.days ?? []).map(day),
    figures: [
      {
        id: `f${index}`,
        span: { articleId, start: at, end: at + figureText.length },
        text: figureText,
        kind,
        value,
        upperValue: null,
        unit: unitName,
        measure,
      },
    ],
  });
}

function retold(a: AlignUnit, b: AlignUnit): boolean {
  return claimRetold(a, a.figures[0] as Figure, b, b.figures[0] as Figure, context);
}

describe("one claim about one holder retold past the lead", () => {
  const fund = (days?: string[]) =>
    unit(
      0,
      'Roe said Vint was hypocritical because he accepted "about $40,000" from Norland firms through a party fund.',
      ["$40,000", "money", 40_000, "USD", null],
      { entities: ["vint", "roe"], days },
    );
  const gifts = (days?: string[]) =>
    unit(
      1,
      "Ada Roe says Ivo Vint accepted about $20,000 in gifts from Norland and that nothing was wrong with that.",
      ["$20,000", "money", 20_000, "USD", "gifts"],
      { entities: ["vint", "roe"], days },
    );

  it("reads 'he accepted about $40,000 from Norland firms' and 'Vint accepted about $20,000 in gifts from Norland' as one claim", () => {
    expect(retold(fund(), gifts())).toBe(true);
  });

  it("leaves the same claim apart when the two statements date it on different days", () => {
    expect(retold(fund(["Tuesday"]), gifts(["Friday"]))).toBe(false);
    expect(retold(fund(["Tuesday"]), gifts(["Tuesday"]))).toBe(true);
  });

  it("leaves it apart when the statements share no holder", () => {
    const other = unit(
      1,
      "Lena Holm accepted about $20,000 in gifts from Norland, her filings show.",
      ["$20,000", "money", 20_000, "USD", "gifts"],
      { entities: ["holm"] },
    );
    expect(retold(fund(), other)).toBe(false);
  });

  it("reads one speaker's remark retold with another length as one claim", () => {
    const a = unit(
      0,
      '"We have come a long way in the last nine months," she told her supporters.',
      ["nine months", "duration", 9, "month", null],
      { speakers: ["roe"] },
    );
    const b = unit(
      1,
      "“We have come a pretty long way in the last six months,” Ada Roe said.",
      ["six months", "duration", 6, "month", null],
      { speakers: ["roe"] },
    );
    expect(retold(a, b)).toBe(true);
  });

  it("leaves two counts a body gives apart: police speak of many happenings", () => {
    const a = unit(
      0,
      "Police said 18 people had been injured in the clashes.",
      ["18 people", "count", 18, "people", "people"],
      { speakers: ["police"] },
    );
    const b = unit(
      1,
      "Police said 12 people were injured in the riots at the harbour.",
      ["12 people", "count", 12, "people", "people"],
      { speakers: ["police"] },
    );
    expect(retold(a, b)).toBe(false);
  });

  // Two statements naming Vint, each with one figure: [text, figure, kind, value, unit, measure].
  type Told = [string, string, Figure["kind"], number, string, string];
  const ofVint = ([text, ...figure]: Told, index: number) =>
    unit(index, text, figure, { entities: ["vint"] });

  it.each<[string, Told, Told]>([
    [
      "a tally told with 'has' and one other shared word",
      [
        "Vint now has 1,200 votes in the count, his aides said.",
        "1,200 votes",
        "count",
        1200,
        "vote",
        "votes",
      ],
      [
        "By the latest count Ivo Vint has 1,500 votes.",
        "1,500 votes",
        "count",
        1500,
        "vote",
        "votes",
      ],
    ],
    [
      "two shares of one holder, one verb or not",
      [
        "In the Harbour Poll average, Vint leads the field with 36 percent support.",
        "36 percent",
        "percent",
        36,
        "percent",
        "support",
      ],
      [
        "On the Norland stage, Ivo Vint continues to lead the field with 40 percent support.",
        "40 percent",
        "percent",
        40,
        "percent",
        "support",
      ],
    ],
  ])("leaves %s apart", (_, a, b) => {
    expect(retold(ofVint(a, 0), ofVint(b, 1))).toBe(false);
  });
});
