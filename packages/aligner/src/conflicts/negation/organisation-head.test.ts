import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { clauseBefore, negationConflicts } from "./conflicts.ts";

const PEOPLE = new Set(["Ada Lund"]);
const context: ConflictContext = {
  similarity: () => 0.7,
  entityName: (id) => id,
  isPerson: (id) => PEOPLE.has(id),
};

describe("a denial of what a named organisation did, told of 'the council' elsewhere", () => {
  const denial = makeUnit(
    0,
    0,
    "The Harbour Council has not approved the new budget for the ferry port, Ada Lund said.",
    { entities: new Set(["Harbour Council", "Ada Lund"]) },
  );

  it("reads 'the council' as the Harbour Council the denial names", () => {
    const stated = makeUnit(
      1,
      1,
      "Ada Lund said the council approved the new budget for the ferry port.",
      {
        entities: new Set(["Ada Lund"]),
      },
    );
    const [conflict] = negationConflicts([denial, stated], context);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not approved", "approved"]);
  });

  it("reads no denial when the other outlet names another council, or no council at all", () => {
    const other = makeUnit(
      1,
      1,
      "The City Council approved the new budget for the ferry port, Ada Lund said.",
      { entities: new Set(["City Council", "Ada Lund"]) },
    );
    expect(negationConflicts([denial, other], context)).toEqual([]);
    const board = makeUnit(
      1,
      1,
      "Ada Lund said the board approved the new budget for the ferry port.",
      {
        entities: new Set(["Ada Lund"]),
      },
    );
    expect(negationConflicts([denial, board], context)).toEqual([]);
  });

  it("reads a person's surname never as a head noun ('the lund')", () => {
    const person = makeUnit(0, 0, "Ada Lund has not approved the new budget for the ferry port.", {
      entities: new Set(["Ada Lund"]),
    });
    const stated = makeUnit(
      1,
      1,
      "The mayor said the lund approved the new budget for the ferry port.",
    );
    expect(negationConflicts([person, stated], context)).toEqual([]);
  });
});

describe("clauseBefore", () => {
  it("opens the reported clause after a verb of saying with no 'that'", () => {
    const unit = makeUnit(0, 0, "Police said two men were not arrested on Friday.");
    expect(clauseBefore(unit, unit.span.start + unit.text.indexOf("not"))).toBe("two men were ");
    const that = makeUnit(0, 0, "Ada Lund told reporters that the council has not voted.");
    expect(clauseBefore(that, that.span.start + that.text.indexOf("not"))).toBe("the council has ");
  });
});
