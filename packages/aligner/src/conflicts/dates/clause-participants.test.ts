import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

/** The rows found for one happening told by the given statements (the story's units by index). */
function rows(told: AlignUnit[], action: string): string[][] {
  const units: AlignUnit[] = [];
  for (const unit of told) units[unit.index] = unit;
  const happening = { action, units: told.map((u) => u.index) };
  return happeningDateConflicts(units, [happening], context, []).map((r) =>
    r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );
}

describe("a happening's participants and tense, read around each day", () => {
  const thursday = withDays(
    0,
    0,
    "The lighthouse keeper died on Thursday in a harbour clinic.",
    [["Thursday", "2025-03-13"]],
    { entities: new Set(["keeper"]) },
  );

  it("reads a participant named in words that entity reading passed over", () => {
    const board = (index: number, article: number, text: string, day: string, ids: string[]) =>
      withDays(index, article, text, [[day, "2025-03-15"]], { entities: new Set(ids) });
    const issued = board(
      0,
      0,
      "Using the holiday for cover, the Harbour Board on Thursday issued new mooring rules.",
      "Thursday",
      [],
    );
    const announced = board(
      1,
      1,
      "On Saturday, the Harbour Board announced new mooring rules for the quay.",
      "Saturday",
      ["Harbour Board"],
    );
    expect(rows([issued, announced], "announce")).toEqual([["a:Thursday", "b:Saturday"]]);
    // Another body's rules, its name nowhere in the first statement: no participant shared.
    const council = board(
      2,
      1,
      "On Saturday, the Quay Council announced new mooring rules for the quay.",
      "Saturday",
      ["Quay Council"],
    );
    expect(rows([issued, council], "announce")).toEqual([]);
  });

  it("reads each day's tense in its own clause, not in the statement's", () => {
    const looking = (index: number, article: number, text: string, day: string) =>
      withDays(index, article, text, [[day, "2025-03-15"]], {
        entities: new Set(["keeper"]),
        prospective: true,
      });
    // The statement looks forward ("is likely to"), the day's own clause tells what was done.
    const saturday = looking(
      3,
      1,
      "On Saturday the keeper died at the clinic, which is likely to close next year.",
      "Saturday",
    );
    expect(rows([thursday, saturday], "die")).toEqual([["a:Thursday", "b:Saturday"]]);
    // A day in a clause still to come is no day of what was done.
    const funeral = looking(
      4,
      1,
      "The keeper, who died this week, will be buried on Saturday.",
      "Saturday",
    );
    expect(rows([thursday, funeral], "die")).toEqual([]);
  });
});
