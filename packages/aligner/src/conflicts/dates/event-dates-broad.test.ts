import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { happeningDateConflicts } from "./event-dates.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

describe("happeningDateConflicts on a happening of the broad reading", () => {
  /** A statement of its article at a given place, naming the keeper, one day placed in its text. */
  const at = (
    index: number,
    article: number,
    position: number,
    text: string,
    day: string,
    value: string,
  ) => withDays(index, article, text, [[day, value]], { entities: new Set(["keeper"]), position });
  const rowsOf = (told: AlignUnit[], leadOnly: boolean) => {
    const units: AlignUnit[] = [];
    for (const unit of told) units[unit.index] = unit;
    const happening = { action: "blaze", units: told.map((u) => u.index), leadOnly };
    return happeningDateConflicts(units, [happening], context, []).map((r) =>
      r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
    );
  };
  const brokeOut = at(
    0,
    0,
    0,
    "A blaze broke out at the keeper's boathouse on Friday night.",
    "Friday night",
    "2025-03-14",
  );
  const hitOnSunday = at(
    1,
    1,
    1,
    "A blaze on Sunday night gutted the keeper's boathouse.",
    "Sunday night",
    "2025-03-16",
  );

  it("sets the days two leads give the happening against each other", () => {
    expect(rowsOf([brokeOut, hitOnSunday], true)).toEqual([["a:Friday night", "b:Sunday night"]]);
  });

  it("leaves a day told after an article's lead, where background mixes in", () => {
    const later = at(
      2,
      1,
      9,
      "A blaze on Sunday night gutted the keeper's boathouse.",
      "Sunday night",
      "2025-03-16",
    );
    expect(rowsOf([brokeOut, later], true)).toEqual([]);
    // The narrow reading's happening still compares it: only the broad reading is held to leads.
    expect(rowsOf([brokeOut, later], false)).toEqual([["a:Friday night", "b:Sunday night"]]);
  });

  it("keeps an outlet that also gives the other day after its lead from the pair", () => {
    const alsoFriday = at(
      3,
      1,
      8,
      "The keeper said the blaze first broke out on Friday night.",
      "Friday night",
      "2025-03-14",
    );
    expect(rowsOf([brokeOut, hitOnSunday, alsoFriday], true)).toEqual([]);
  });
});
