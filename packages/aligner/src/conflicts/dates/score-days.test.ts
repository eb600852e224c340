import { describe, expect, it } from "vitest";
import {
  weekdayRow as row,
  weekdayUnit as unit,
} from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { completeByScore } from "./score-days.ts";

const context: ConflictContext = { similarity: () => 0.5, entityName: (id) => id };

describe("completeByScore", () => {
  const beat = unit(0, "The Harbour Owls beat the Vale Foxes, 31-24, on Saturday night.", ["Owls"]);
  const overcame = unit(1, "The Owls overcame the Vale Foxes 31-24 on Thursday night.", ["Owls"]);
  const missed = unit(
    2,
    "Owls receiver Ivo Vint did not play in Thursday night's 31-24 win over Vale.",
    ["Ivo Vint"],
  );
  const other = unit(3, "The Foxes lost 17-10 on Thursday night at Vale.", ["Foxes"]);
  const noScore = unit(4, "The Owls trained at Vale on Thursday night.", ["Owls"]);

  it("adds an outlet whose day's clause gives the score of the row's match on that day", () => {
    const found = row(beat, overcame);
    completeByScore([beat, overcame, missed, other, noScore], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      beat.articleId,
      overcame.articleId,
      missed.articleId,
    ]);
    expect(found.values[2]?.text).toBe("Thursday");
  });

  it("reads the whole sentence of a day opening it, and only the row's score", () => {
    const opening = unit(
      5,
      "On Thursday night, in their last home match, the Owls saw off the Vale Foxes 31-24.",
      ["Owls"],
    );
    const otherScore = unit(
      6,
      "On Thursday night, in their last home match, the Owls lost to the Hill Rovers 20-13.",
      ["Owls"],
    );
    const found = row(beat, overcame);
    completeByScore([beat, overcame, opening, otherScore], [found], context);
    expect(found.values.map((v) => v.articleId)).toEqual([
      beat.articleId,
      overcame.articleId,
      opening.articleId,
    ]);
  });
});
