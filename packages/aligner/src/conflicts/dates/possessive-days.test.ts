import type { Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  weekdayRow as row,
  weekdayUnit as unit,
} from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { completeByPossessive } from "./possessive-days.ts";
import { completed, completeRows } from "./row-completion.ts";

const context: ConflictContext = { similarity: () => 0.5, entityName: (id) => id };

describe("completeByPossessive", () => {
  const devastated = unit(0, "A suspicious fire devastated the Harbour Chapel on Friday night.", [
    "Harbour Chapel",
  ]);
  const damaged = unit(1, "A fire badly damaged the Harbour Chapel on Sunday night.", [
    "Harbour Chapel",
  ]);
  const blamed = unit(
    2,
    "Investigators suspect arson in Friday's fire at the Harbour Chapel, where Ada Lund worships.",
    ["Harbour Chapel", "Ada Lund"],
  );
  const meeting = unit(3, "The wardens spoke after Friday's meeting at the Harbour Chapel.", [
    "Harbour Chapel",
  ]);
  const otherFire = unit(4, "Investigators suspect arson in Friday's fire at the Vale Mill.", [
    "Vale Mill",
  ]);

  it("adds an outlet whose possessive day dates, by its noun, the row's happening on that day", () => {
    const found = row(devastated, damaged);
    completeByPossessive([devastated, damaged, blamed, meeting, otherFire], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      devastated.articleId,
      damaged.articleId,
      blamed.articleId,
    ]);
    expect(found.values[2]?.text).toBe("Friday");
  });

  it("leaves out a possessive day of another happening or of another place's fire", () => {
    const found = row(devastated, damaged);
    completeByPossessive([devastated, damaged, meeting, otherFire], [found], context);
    expect(found.values).toHaveLength(2);
  });
});

describe("completed rows", () => {
  // Invented: two outlets at odds about the day a ferry sank; a third, grouped elsewhere, tells it.
  const sank = unit(0, "The Harbour Queen ferry sank off the cape on Tuesday.", ["Harbour Queen"]);
  const sankToo = unit(1, "The Harbour Queen ferry sank off the cape on Thursday.", [
    "Harbour Queen",
  ]);
  const alsoSank = unit(2, "The ferry Harbour Queen sank near the cape on Tuesday.", [
    "Harbour Queen",
  ]);

  it("take an outlet telling the happening of a row statement on its day", () => {
    const found = row(sankToo, sank);
    completeRows([sank, sankToo, alsoSank], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      sankToo.articleId,
      sank.articleId,
      alsoSank.articleId,
    ]);
  });

  it("are vouched for by the row's own statements, not by an outlet a completion brought in", () => {
    const found = row(sankToo, sank);
    const [thursday, tuesday] = found.values;
    if (!thursday || !tuesday) throw new Error("no row");
    const chained: Conflict = { ...found, values: [thursday, completed(tuesday)] };
    completeRows([sank, sankToo, alsoSank], [chained], context);
    expect(chained.values.map((v) => v.articleId)).toEqual([sankToo.articleId, sank.articleId]);
  });
});
