import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { negatedWords } from "./negated-words.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a denial of what someone or something is said to be", () => {
  it("reads 'was not the best candidate' as denying what 'was the best candidate' states", () => {
    const denial = makeUnit(
      0,
      0,
      "Tomas Ek was not the best candidate for the coaching job, Lena Roos said.",
    );
    const stated = makeUnit(
      1,
      1,
      "Tomas Ek was the best candidate for the coaching job, Lena Roos said.",
    );
    const [conflict] = negationConflicts([denial, stated], alike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not the best", "best"]);
  });

  it("passes over a part of a set ('not one of the largest')", () => {
    const denial = makeUnit(
      0,
      0,
      "The harbour fire was not one of the largest fires in the town's history.",
    );
    expect(negatedWords(denial).map((n) => n.word)).toEqual(["largest"]);
  });

  it("reads no denial after 'there', nor in 'not the only', 'not the same' or 'not the first time'", () => {
    const read = (text: string) => negatedWords(makeUnit(0, 0, text)).length;
    expect(read("There was not a single boat left in the harbour of Velden.")).toBe(0);
    expect(read("Ada Lund was not the only councillor to vote against the plan.")).toBe(0);
    expect(read("The gun found in the car was not the same gun used in the robbery.")).toBe(0);
    expect(read("It was not the first time the harbour bridge had been closed.")).toBe(0);
    expect(read("The ferry left the harbour, not the old quay by the market.")).toBe(0);
  });
});
