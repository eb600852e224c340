import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "./guards.ts";
import { negationConflicts } from "./negation.ts";

const context: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("negationConflicts rows with a short statement grouped elsewhere", () => {
  const a = makeUnit(
    0,
    0,
    "Her agent said Lena Marsh has not checked herself into the Harbour Clinic.",
  );
  const b = makeUnit(
    1,
    1,
    "Her agent said Lena Marsh has checked herself into the Harbour Clinic.",
  );

  it("list it when it says the denied verb of the denial's named actor", () => {
    // Names masked, the attribution dropped: a statement of few content words.
    const short = makeUnit(2, 2, "A spokesman says Lena Marsh has checked into rehab.", {
      lemmas: ["check", "rehab"],
    });
    const [conflict] = negationConflicts([a, b], { ...context, storyUnits: [a, b, short] });
    expect(conflict?.values.map((v) => v.articleId)).toEqual([
      a.articleId,
      b.articleId,
      short.articleId,
    ]);
  });

  it("leave it out when it says the verb of someone else, or of no name", () => {
    const other = makeUnit(2, 2, "A spokesman says Ivo Vint has checked into rehab.", {
      lemmas: ["check", "rehab"],
    });
    const nobody = makeUnit(3, 3, "A spokesman says she has checked into rehab.", {
      lemmas: ["check", "rehab"],
    });
    const [conflict] = negationConflicts([a, b], {
      ...context,
      storyUnits: [a, b, other, nobody],
    });
    expect(conflict?.values.map((v) => v.articleId)).toEqual([a.articleId, b.articleId]);
  });
});
