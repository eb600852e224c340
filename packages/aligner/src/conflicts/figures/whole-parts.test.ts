import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import type { ConflictContext } from "../guards.ts";
import { partsOfOneWhole } from "./whole-parts.ts";

/** Statements of one group, worded alike enough to be compared. */
const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

/** A statement counting a whole in `noun` and a part of it, each figure placed where it stands. */
function gang(index: number, text: string, noun: string, whole: number, part: number): AlignUnit {
  const articleId = articleIdOf(index);
  const figure = (written: string, value: number, measure: string, from: number): Figure => {
    const at = text.indexOf(written, from);
    return {
      id: `f${index}-${at}`,
      span: { articleId, start: index * 1000 + at, end: index * 1000 + at + written.length },
      text: written,
      kind: "count",
      value,
      upperValue: null,
      unit: noun,
      measure,
    };
  };
  const first = figure(String(whole), whole, `${noun}s`, 0);
  const second = figure(String(part), part, "disguised as guards", first.span.end - index * 1000);
  return makeUnit(index, index, text, { figures: [first, second], position: 0 });
}

describe("two parts of one whole counted in two nouns", () => {
  it("pair when the words after them match and the wholes agree", () => {
    const a = gang(
      0,
      "A gang of 4 thieves, 2 of them disguised as guards, robbed the Harbour Bank.",
      "thief",
      4,
      2,
    );
    const b = gang(
      1,
      "The 4 robbers, 3 of whom were disguised as guards, robbed the Harbour Bank.",
      "robber",
      4,
      3,
    );
    expect(partsOfOneWhole(a, a.figures[1] as Figure, b, b.figures[1] as Figure)).toBe(true);
    const found = figureConflicts([a, b], alike).map((c) => c.values.map((v) => v.text));
    expect(found).toEqual([["2", "3"]]);
  });

  it("do not when the wholes differ, or a count is no part", () => {
    const a = gang(
      0,
      "A gang of 4 thieves, 2 of them disguised as guards, robbed the Harbour Bank.",
      "thief",
      4,
      2,
    );
    const b = gang(
      1,
      "The 6 robbers, 3 of whom were disguised as guards, robbed the Harbour Bank.",
      "robber",
      6,
      3,
    );
    expect(partsOfOneWhole(a, a.figures[1] as Figure, b, b.figures[1] as Figure)).toBe(false);
    expect(figureConflicts([a, b], alike)).toEqual([]);
    expect(partsOfOneWhole(a, a.figures[0] as Figure, b, b.figures[0] as Figure)).toBe(false);
  });
});
