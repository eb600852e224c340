import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { openingAges } from "./opening-ages.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

/** A statement giving each "<years>-year-old" in its text as an age. */
function aged(index: number, text: string, years: number[]) {
  const articleId = articleIdOf(index);
  const figures: Figure[] = years.map((y) => {
    const at = index * 1000 + text.indexOf(`${y}-year-old`);
    return {
      id: `age-${at}`,
      span: { articleId, start: at, end: at + `${y}-year-old`.length },
      text: `${y}-year-old`,
      kind: "count",
      value: y,
      upperValue: null,
      unit: "years of age",
      measure: "age",
    };
  });
  return makeUnit(index, index, text, { figures });
}

describe("ages opening two statements with one first verb", () => {
  const named = aged(
    0,
    "23-year-old Ivo Vint, of Ostra, has been charged with the murder of his 58-year-old mother.",
    [23, 58],
  );
  const described = aged(
    1,
    "A 46-year-old man has been charged with the murder of his mother.",
    [46],
  );

  it("are the age of the one each sentence is about", () => {
    const [first] = named.figures as [Figure];
    const [other] = described.figures as [Figure];
    expect(openingAges(named, first, described, other)).toBe(true);
    expect(openingAges(named, named.figures[1] as Figure, described, other)).toBe(false);
  });

  it("pair though one statement gives more ages", () => {
    const found = figureConflicts([named, described], alike);
    expect(found.map((c) => c.values.map((v) => v.text))).toEqual([["23-year-old", "46-year-old"]]);
  });

  it("do not when the sentences open on two happenings", () => {
    const other = aged(1, "A 46-year-old man was found dead beside his mother.", [46]);
    expect(figureConflicts([named, other], alike)).toEqual([]);
  });
});
