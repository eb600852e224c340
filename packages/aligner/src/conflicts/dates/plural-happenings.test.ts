import { describe, expect, it } from "vitest";
import { happeningRows, toldNaming } from "../../../test/fixtures/alignment-gold/happening-rows.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

const told = toldNaming(["Harbour Party"]);

const rows = (units: AlignUnit[], action: string) => happeningRows(units, action, context);

describe("a day of a happening noun written in the plural", () => {
  const saturday = told(0, 0, "The Harbour Party won the county vote on Saturday.", [
    ["Saturday", "2025-03-08"],
  ]);

  it("dates several happenings of the kind, not the one another outlet dates", () => {
    const wins = told(
      1,
      1,
      "After its three wins on Tuesday night, the Harbour Party thanked its volunteers.",
      [["Tuesday night", "2025-03-04"]],
    );
    expect(rows([saturday, wins], "win")).toEqual([]);
  });

  it("keeps a definite plural: the story's one happening told as several acts", () => {
    const shot = told(3, 0, "The explosion at the harbour happened on Thursday night.", [
      ["Thursday night", "2025-03-06"],
    ]);
    const shootings = told(4, 1, "The explosions at the harbour happened on Saturday.", [
      ["Saturday", "2025-03-08"],
    ]);
    expect(rows([shot, shootings], "explode")).not.toEqual([]);
  });

  it("still sets a day of the noun in the singular against another outlet's day", () => {
    const win = told(
      2,
      1,
      "After its third win on Tuesday night, the Harbour Party thanked its volunteers.",
      [["Tuesday night", "2025-03-04"]],
    );
    expect(rows([saturday, win], "win")).toEqual([["a:Saturday", "b:Tuesday night"]]);
  });
});
