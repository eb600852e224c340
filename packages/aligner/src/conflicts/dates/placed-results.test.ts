import { describe, expect, it } from "vitest";
import { weekdayUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { placedResultConflicts } from "./placed-results.ts";

// Invented: outlets on one campaign night, each listing a candidate's wins by state. The story's
// entity reading knows the places (invented ones are not in the place list).
const PLACES = new Set(["Orvale", "Velden", "Castlebay", "Norland", "Harbour"]);
const context: ConflictContext = {
  similarity: () => 0.9,
  entityName: (id) => id,
  isPlace: (id) => PLACES.has(id),
};

function rows(texts: string[], names: string[][]): string[][] {
  const units = texts.map((t, i) => weekdayUnit(i, t, names[i] ?? []));
  return placedResultConflicts(units, context, []).map((r) =>
    r.conflict.values.map((v) => v.text).sort(),
  );
}

const FOUR = ["Ada Roe", "Orvale", "Velden", "Castlebay", "Norland"];

describe("one night's results in several places", () => {
  it("sets 'won Orvale, Velden and Castlebay on Tuesday' against the same wins on Thursday", () => {
    expect(
      rows(
        [
          "Ada Roe won Orvale, Velden, Norland and Castlebay on Tuesday, narrowing Ivo Vint's path.",
          "Ada Roe has won at least three state primaries on Thursday: Velden, Orvale and Castlebay.",
        ],
        [FOUR, ["Ada Roe", "Orvale", "Velden", "Castlebay"]],
      ),
    ).toEqual([["Thursday", "Tuesday"]]);
    // A noun of winning and a possessive day before the contests.
    expect(
      rows(
        [
          "Ada Roe's victories in Orvale, Velden, Norland and Castlebay on Thursday speed the shift.",
          "Tuesday's contests -- Ada Roe won in Castlebay, Norland, Velden and Orvale -- gave her a lead.",
        ],
        [FOUR, FOUR],
      ),
    ).toEqual([["Thursday", "Tuesday"]]);
    // Naming no winner ("Her victories"): whose wins they are is not read.
    expect(
      rows(
        [
          "Her victories in Orvale, Velden, Norland and Castlebay on Thursday will speed the shift.",
          "Tuesday's contests -- Ada Roe won in Castlebay, Norland, Velden and Orvale -- gave her a lead.",
        ],
        [FOUR.slice(1), FOUR],
      ),
    ).toEqual([]);
  });

  it("needs a person both name, three shared places, one day each and no outlet giving both", () => {
    const tuesday = "Ada Roe won Orvale, Velden and Castlebay on Tuesday.";
    const thursday = "Ada Roe won Orvale, Velden and Castlebay on Thursday.";
    const three = ["Ada Roe", "Orvale", "Velden", "Castlebay"];
    expect(rows([tuesday, thursday], [three, three])).toEqual([["Thursday", "Tuesday"]]);
    // Two places shared only: two nights may each hold a pair of them.
    expect(
      rows(
        [tuesday, "Ada Roe won Orvale, Velden and Norland on Thursday."],
        [three, ["Ada Roe", "Orvale", "Velden", "Norland"]],
      ),
    ).toEqual([]);
    // Another winner.
    expect(
      rows(
        [tuesday, "Ivo Vint won Orvale, Velden and Castlebay on Thursday."],
        [three, ["Ivo Vint", "Orvale", "Velden", "Castlebay"]],
      ),
    ).toEqual([]);
    // Two days in one statement list two nights.
    expect(
      rows(
        [tuesday, "Ada Roe won Orvale on Thursday and Velden and Castlebay on Saturday."],
        [three, three],
      ),
    ).toEqual([]);
    // An outlet giving both days to these results tells two nights.
    const units = [tuesday, thursday, tuesday].map((t, i) => weekdayUnit(i, t, three));
    const both = {
      ...(units[2] as AlignUnit),
      articleIndex: 1,
      articleId: (units[1] as AlignUnit).articleId,
    };
    expect(placedResultConflicts([units[0], units[1], both] as AlignUnit[], context, [])).toEqual(
      [],
    );
    // No win told.
    expect(
      rows(
        [tuesday, "Ada Roe campaigned in Orvale, Velden and Castlebay on Thursday."],
        [three, three],
      ),
    ).toEqual([]);
  });
});
