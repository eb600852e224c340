import { describe, expect, it } from "vitest";
import { withDays } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { scoreDayConflicts } from "./score-day-rows.ts";

const context: ConflictContext = { similarity: () => 0.1, entityName: (id) => id };

/** A statement of one article naming the two sides, its one day placed where its text stands. */
function told(index: number, article: number, text: string, day: string): AlignUnit {
  return withDays(index, article, text, [[day, "2025-03-14"]], {
    entities: new Set(["Harbour Rovers", "Quay Owls"]),
  });
}

function rows(...told: AlignUnit[]): string[][] {
  const units: AlignUnit[] = [];
  for (const unit of told) units[unit.index] = unit;
  return scoreDayConflicts(units, context, []).map((r) =>
    r.conflict.values.map((v) => `${v.articleId[0]}:${v.text}`),
  );
}

describe("scoreDayConflicts", () => {
  const friday = told(
    0,
    0,
    "In Saturday's final, the Harbour Rovers will play the Quay Owls, who beat the Gulls 51-50 on Friday.",
    "Friday",
  );
  const sunday = told(
    1,
    1,
    "The Harbour Rovers will meet the Quay Owls after the Owls outlasted the Gulls 51-50 Sunday.",
    "Sunday",
  );
  const alsoFriday = told(
    2,
    2,
    "The Quay Owls edged the Gulls 51-50 on Friday to face the Harbour Rovers.",
    "Friday",
  );

  it("sets two days of one match, told by its score, against each other", () => {
    expect(rows(friday, sunday, alsoFriday)).toEqual([["a:Friday", "b:Sunday", "c:Friday"]]);
  });

  it("leaves another score, a team's record in parentheses and a day of telling", () => {
    const other = told(
      3,
      1,
      "The Harbour Rovers beat the Quay Owls 70-62 on Sunday in the league.",
      "Sunday",
    );
    expect(rows(friday, other)).toEqual([]);
    const record = told(
      4,
      1,
      "The Quay Owls (51-50 all time against the Rovers) meet the Harbour Rovers on Sunday.",
      "Sunday",
    );
    expect(rows(friday, record)).toEqual([]);
    const said = told(
      5,
      1,
      "The Quay Owls beat the Gulls 51-50 and face the Harbour Rovers, the league said Sunday.",
      "Sunday",
    );
    expect(rows(friday, said)).toEqual([]);
  });
});
