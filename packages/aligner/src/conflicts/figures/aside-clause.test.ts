import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { measuredUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { lemmasPastAside } from "./aside-clause.ts";
import { countsAPart } from "./part-counts.ts";

const context: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

describe("a figure's clause read past a relative aside", () => {
  const four = measuredUnit(
    0,
    "Four robbers burst into the Vint jewellers on Thursday and stole rings and watches.",
    "Four",
    4,
    "robbers",
  );
  const eight = measuredUnit(
    1,
    "The eight robbers, two of whom were dressed as porters, stole nearly all the rings on display.",
    "eight",
    8,
    "robbers",
  );
  const caught = measuredUnit(
    2,
    "The eight robbers, two of whom were dressed as porters, were caught by the harbour police.",
    "eight",
    8,
    "robbers",
  );

  it("reads the verb after the aside as the count's", () => {
    const at = eight.figures[0]?.span.end ?? 0;
    expect([...lemmasPastAside(eight, at)]).toContain("steal");
    expect([...lemmasPastAside(four, four.figures[0]?.span.end ?? 0)]).toEqual([]);
  });

  it("sets two counts of robbers who stole against each other", () => {
    const rows = figureConflicts([four, eight] as AlignUnit[], context);
    expect(rows.map((c) => c.values.map((v) => v.text))).toEqual([["Four", "eight"]]);
  });

  it("still does when the part in the aside is read as a count of its own ('two of whom')", () => {
    const at = eight.text.indexOf("two");
    const part = {
      ...(eight.figures[0] as Figure),
      id: "f1-part",
      span: { ...eight.span, start: eight.span.start + at, end: eight.span.start + at + 3 },
      text: "two",
      value: 2,
    };
    const withPart = { ...eight, figures: [...eight.figures, part] };
    expect(countsAPart(withPart, part)).toBe(true);
    expect(countsAPart(withPart, eight.figures[0] as Figure)).toBe(false);
    const rows = figureConflicts([four, withPart] as AlignUnit[], context);
    expect(rows.map((c) => c.values.map((v) => v.text))).toEqual([["Four", "eight"]]);
  });

  it("keeps apart a count whose verb after the aside tells another happening", () => {
    expect(figureConflicts([four, caught] as AlignUnit[], context)).toEqual([]);
  });
});
