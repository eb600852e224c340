import type { Figure } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { articleIdOf, makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { FIGURE_CONTEXT } from "../../../test/support/figure-conflicts.ts";
import type { AlignUnit } from "../../align/units.ts";
import { figureConflicts } from "../detect-conflicts.ts";
import { measureFigureConflicts } from "./measure-figures.ts";
import { parenthesisedHolder } from "./parenthesised-holders.ts";

/** Story entities of the invented boxers, by id. */
const PEOPLE: Record<string, string> = { vint: "Ivo Vint", lund: "Ada Lund" };

const CONTEXT = {
  ...FIGURE_CONTEXT,
  entityName: (id: string) => PEOPLE[id] ?? id,
  isPerson: (id: string) => id in PEOPLE,
};

/** A statement naming both boxers, each count of knockouts placed where its text stands. */
function record(index: number, text: string, counts: [string, number][]): AlignUnit {
  const articleId = articleIdOf(index);
  let from = 0;
  const figures: Figure[] = counts.map(([written, value], i) => {
    const at = text.indexOf(written, from);
    from = at + written.length;
    return {
      id: `f${index}-${i}`,
      span: { articleId, start: index * 1000 + at, end: index * 1000 + at + written.length },
      text: written,
      kind: "count",
      value,
      upperValue: null,
      unit: "KO",
      measure: "KOs",
    };
  });
  return makeUnit(index, index, text, { figures, entities: new Set(Object.keys(PEOPLE)) });
}

const conflictsOf = (units: AlignUnit[]) =>
  measureFigureConflicts(
    units,
    () => false,
    [],
    (pair) => figureConflicts(pair, CONTEXT),
  ).map((f) => f.conflict.values.map((v) => v.text));

describe("figures in parentheses after a person's name", () => {
  it("read the name before the parenthesis as the holder, and no holder after an amount", () => {
    const unit = record(0, "Ivo Vint (31-2, 24 KOs) stopped Ada Lund (20-4-1, 12 KOs) on Friday.", [
      ["24", 24],
      ["12", 12],
    ]);
    expect(unit.figures.map((f) => parenthesisedHolder(unit, f))).toEqual(["vint", "lund"]);
    const sum = record(1, "The purse was $2 million (30 KOs of bonus) in all.", [["30", 30]]);
    expect(parenthesisedHolder(sum, sum.figures[0] as Figure)).toBeNull();
  });

  it("set one boxer's record against his record told with another verb, not against the other boxer's", () => {
    const fight = record(
      0,
      "Ivo Vint (31-2, 48 KOs) stopped Ada Lund (20-4-1, 12 KOs) on Friday.",
      [
        ["48", 48],
        ["12", 12],
      ],
    );
    const won = record(1, "The champion Vint (31-2, 24 KOs) won his ninth straight bout.", [
      ["24", 24],
    ]);
    expect(conflictsOf([fight, won])).toEqual([["48", "24"]]);
    const challenger = record(1, "The challenger Lund (20-4-1, 24 KOs) lost for the fourth time.", [
      ["24", 24],
    ]);
    expect(conflictsOf([fight, challenger])).toEqual([["12", "24"]]);
  });

  it("do not set two people's records against each other, even told with one verb", () => {
    const champion = record(0, "Ivo Vint (31-2, 48 KOs) fought on Friday in the Harbour Arena.", [
      ["48", 48],
    ]);
    const challenger = record(
      1,
      "Ada Lund (20-4-1, 24 KOs) fought on Friday in the Harbour Arena.",
      [["24", 24]],
    );
    expect(conflictsOf([champion, challenger])).toEqual([]);
  });
});
