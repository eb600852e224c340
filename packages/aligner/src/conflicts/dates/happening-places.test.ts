import { describe, expect, it } from "vitest";
import { happeningRows } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

const PLACES = new Set(["Orvale", "Norland", "Velden"]);
const context: ConflictContext = {
  similarity: () => 0.1,
  entityName: (id) => id,
  isPlace: (id) => PLACES.has(id),
};

/** A statement naming the Harbour Party and the places its text writes, days where they stand. */
function told(index: number, article: number, text: string, days: [string, string][]): AlignUnit {
  const places = [...PLACES].filter((p) => text.includes(p));
  return withDays(index, article, text, days, {
    entities: new Set(["Harbour Party", ...places]),
  });
}

const rows = (units: AlignUnit[], action: string) => happeningRows(units, action, context);

describe("a happening placed in one place and one placed in another", () => {
  const orvale = told(0, 0, "The Harbour Party won the caucuses in Orvale on Saturday.", [
    ["Saturday", "2025-03-08"],
  ]);

  it("are two happenings, not two days of one", () => {
    const norland = told(1, 1, "The Harbour Party won its Norland primary on Tuesday.", [
      ["Tuesday", "2025-03-04"],
    ]);
    expect(rows([orvale, norland], "win")).toEqual([]);
  });

  it("keeps one place named by both, however each writes it", () => {
    const same = told(2, 1, "The Harbour Party won the Orvale caucuses on Tuesday.", [
      ["Tuesday", "2025-03-04"],
    ]);
    expect(rows([orvale, same], "win")).toEqual([["a:Saturday", "b:Tuesday"]]);
  });

  it("keeps a place that only describes someone, and a statement placing nothing", () => {
    const described = told(
      3,
      1,
      "The Harbour Party, led by Ada Lund of Norland, won the caucuses on Tuesday.",
      [["Tuesday", "2025-03-04"]],
    );
    expect(rows([orvale, described], "win")).toEqual([["a:Saturday", "b:Tuesday"]]);
    const nowhere = told(4, 2, "The Harbour Party won the caucuses on Monday.", [
      ["Monday", "2025-03-03"],
    ]);
    expect(rows([orvale, nowhere], "win")).toEqual([["a:Saturday", "c:Monday"]]);
  });
});
