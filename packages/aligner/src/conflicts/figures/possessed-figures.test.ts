import { describe, expect, it } from "vitest";
import { measuredUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { heldByAnother } from "./possessed-figures.ts";

const names: Record<string, string> = { lund: "Ada Lund", vey: "Dana Vey" };
const context: ConflictContext = {
  similarity: () => 0.3,
  entityName: (id) => names[id] ?? id,
  isPerson: (id) => id in names,
};

function counted(index: number, text: string, count: string, value: number, people: string[]) {
  const unit = measuredUnit(index, text, count, value, "points");
  unit.entities = new Set(people);
  return unit;
}

const pair = (a: ReturnType<typeof counted>, b: ReturnType<typeof counted>) =>
  heldByAnother(a, a.figures[0] as never, b, b.figures[0] as never, context);

describe("heldByAnother", () => {
  it("reads a record written as another person's as theirs, not the subject's total", () => {
    const broke = counted(
      0,
      "Lund broke Dana Vey's club scoring record of 2,116 points with a free throw.",
      "2,116",
      2116,
      ["lund", "vey"],
    );
    const total = counted(
      1,
      "Ada Lund became the club's top scorer with 2,117 points.",
      "2,117",
      2117,
      ["lund"],
    );
    expect(pair(broke, total)).toBe(true);
    expect(pair(total, broke)).toBe(true);
  });

  it("pairs two figures of one holder, and a possessive with no other person named", () => {
    const one = counted(0, "Lund broke Vey's record of 2,116 points.", "2,116", 2116, [
      "lund",
      "vey",
    ]);
    const two = counted(1, "Lund passed Vey's record of 2,115 points.", "2,115", 2115, [
      "lund",
      "vey",
    ]);
    expect(pair(one, two)).toBe(false);
    const own = counted(0, "Dana Vey's record of 2,116 points stood for years.", "2,116", 2116, [
      "vey",
    ]);
    const other = counted(1, "Vey held the record with 2,115 points.", "2,115", 2115, ["vey"]);
    expect(pair(own, other)).toBe(false);
  });

  it("sets two holders' figures apart", () => {
    const vey = counted(0, "Vey's record of 2,116 points fell.", "2,116", 2116, ["vey"]);
    const lund = counted(1, "Lund's record of 2,117 points stands.", "2,117", 2117, ["lund"]);
    expect(pair(vey, lund)).toBe(true);
  });
});
