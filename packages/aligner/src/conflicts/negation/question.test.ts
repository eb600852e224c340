import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a denial inside an open question", () => {
  it("meets the same question told without the negation", () => {
    const denial = makeUnit(
      0,
      0,
      "The new rule lets each harbour board decide if its own works would not harm the river.",
    );
    const stated = makeUnit(
      1,
      1,
      "The new rule lets each harbour board decide if its own works would harm the river.",
    );
    const [conflict] = negationConflicts([denial, stated], alike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not harm", "harm"]);
    // "whether", a contraction, and the past.
    const whether = makeUnit(
      2,
      2,
      "The council asked the board to say whether the dam hadn't flooded the valley.",
    );
    const plain = makeUnit(
      3,
      3,
      "The council asked the board to say whether the dam had flooded the valley.",
    );
    expect(negationConflicts([whether, plain], alike)).toHaveLength(1);
  });

  it("keeps a question apart from a plain denial", () => {
    // The denial states; the other only asks: nothing is stated against it.
    const denial = makeUnit(0, 0, "The dam did not flood the valley in Velden on Sunday.");
    const asks = makeUnit(
      1,
      1,
      "Residents asked whether the dam flooded the valley in Velden on Sunday.",
    );
    expect(negationConflicts([denial, asks], alike)).toEqual([]);
    // The same question with another modal is no answer to it.
    const question = makeUnit(
      2,
      2,
      "The rule lets each board decide if its own works would not harm the river.",
    );
    const chance = makeUnit(
      3,
      3,
      "The rule lets each board decide if its own works might harm the river.",
    );
    expect(negationConflicts([question, chance], alike)).toEqual([]);
    // The question's denial is no answer against a plain statement, and a plain statement is no
    // side of the question in its row ("harmed fish" of another outlet's report).
    const plainly = makeUnit(4, 4, "Its own works would harm the river, the board said.");
    expect(negationConflicts([question, plainly], alike)).toEqual([]);
    const same = makeUnit(
      5,
      5,
      "The rule lets each board decide if its own works would harm the river.",
    );
    const [row] = negationConflicts([question, same, plainly], alike);
    expect(row?.values.map((v) => v.articleId)).toEqual([question.articleId, same.articleId]);
  });
});

describe("a negation inside a direct question", () => {
  it("states no denial against a plain report ('Why not meet in Castlebay?')", () => {
    const pairs = [
      [
        "Why not meet the harbour board in Castlebay?",
        "Meet the harbour board in Castlebay, Vint said.",
      ],
      [
        "“Why not sell the ferry to Norland?” Vint asked.",
        "Sell the ferry to Norland, Vint urged.",
      ],
      ["Why not sell the ferry to Norland?", "The board sold the ferry to Norland."],
    ];
    for (const [asks, states] of pairs)
      expect(
        negationConflicts(
          [makeUnit(0, 0, asks as string), makeUnit(1, 1, states as string)],
          alike,
        ),
      ).toEqual([]);
  });

  it("keeps a denial whose sentence ends in a stop, a question after it apart", () => {
    const denial = makeUnit(0, 0, "Vint did not meet the harbour board in Castlebay. Why?");
    const met = makeUnit(1, 1, "Vint met the harbour board in Castlebay on Monday.");
    expect(negationConflicts([denial, met], alike)).toHaveLength(1);
  });
});
