import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationsAcrossGroups } from "./across.ts";
import { sayerOfPronoun } from "./sayer-pronoun.ts";

const context: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };
const vint = { entities: new Set(["Ivo Vint"]) };
const across = (a: string, b: string) =>
  negationsAcrossGroups(
    [makeUnit(0, 0, a, vint), makeUnit(1, 1, b, vint)],
    [0, 1],
    [],
    context,
  ).map((f) => f.conflict.values.map((v) => v.text));

describe("a pronoun right after a named sayer's verb of saying", () => {
  it("is the sayer, telling of himself", () => {
    expect(sayerOfPronoun("“Ivo Vint said he ")).toBe("Vint");
    expect(sayerOfPronoun("Vint also claimed that he ")).toBe("Vint");
    // A given name of the other gender: someone else.
    expect(sayerOfPronoun("Ada Vint said he ")).toBeNull();
    expect(sayerOfPronoun("Vint told reporters he ")).toBeNull();
  });

  it("sets the sayer's denial against another outlet's report of him, grouped apart", () => {
    expect(
      across(
        "“Ivo Vint said he has not made a lot of sacrifices,” Ada Lund said at the pier.",
        "Vint also claimed that he had made “a lot of sacrifices,” such as building ferries.",
      ),
    ).toEqual([["not made a lot", "lot"]]);
    // Said of another outlet's "he", whom only its article knows: nothing.
    expect(
      across(
        "“He has not made a lot of sacrifices,” Ada Lund said at the pier.",
        "Vint also claimed that he had made “a lot of sacrifices,” such as building ferries.",
      ),
    ).toEqual([]);
  });
});
