import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a denial with a modal of chance, duty or plan", () => {
  const happened = makeUnit(1, 1, "Ivo Vint said the ferry crews had returned to work on Monday.");

  it("is no conflict with a plain report that it happened", () => {
    for (const modal of ["might not", "may not", "will not", "won't", "should not", "must not"]) {
      const denial = makeUnit(
        0,
        0,
        `Ivo Vint said the ferry crews ${modal} return to work on Monday.`,
      );
      expect(negationConflicts([denial, happened], alike)).toEqual([]);
    }
  });

  it("still meets the same modality, and an inability or refusal in the past", () => {
    const plan = makeUnit(0, 0, "The ferry crews will not return to work on Monday.");
    const planned = makeUnit(1, 1, "The ferry crews will return to work on Monday.");
    expect(negationConflicts([plan, planned], alike)).toHaveLength(1);
    const unable = makeUnit(
      0,
      0,
      "Ivo Vint said the ferry crews could not return to work on Monday.",
    );
    expect(negationConflicts([unable, happened], alike)).toHaveLength(1);
    const plain = makeUnit(
      0,
      0,
      "Ivo Vint said the ferry crews had not returned to work on Monday.",
    );
    expect(negationConflicts([plain, happened], alike)).toHaveLength(1);
  });
});

describe("a denial of what would have happened ('would have never proposed')", () => {
  it("is no conflict with a report that it happened: a past that did not come about", () => {
    const happened = makeUnit(1, 1, "Ivo Vint proposed a ban on ferry crews at the harbour.");
    for (const modal of [
      "would have never",
      "would never have",
      "could not have",
      "wouldn't have",
    ]) {
      const denial = makeUnit(
        0,
        0,
        `Ivo Vint ${modal} proposed a ban on ferry crews at the harbour.`,
      );
      expect(negationConflicts([denial, happened], alike)).toEqual([]);
    }
    // A plain past denial still meets it.
    const plain = makeUnit(0, 0, "Ivo Vint never proposed a ban on ferry crews at the harbour.");
    expect(negationConflicts([plain, happened], alike)).toHaveLength(1);
  });
});
