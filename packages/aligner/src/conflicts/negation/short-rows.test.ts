import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

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

describe("negationConflicts with a short statement in the group", () => {
  const denial = makeUnit(
    0,
    0,
    "Mira Holt, the singer whose songs filled the harbour halls of Velden, has not died, her agent said.",
  );

  it("pairs it with the denial when it says the verb of the same name", () => {
    const short = makeUnit(1, 1, "The singer Mira Holt has died, her agent said.", {
      lemmas: ["singer", "die"],
    });
    const [conflict] = negationConflicts([denial, short], context);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not died", "died"]);
  });

  it("does not pair it when it names someone else, or when the denial has a modal", () => {
    const other = makeUnit(1, 1, "The singer Ivo Vint has died, his agent said.", {
      lemmas: ["singer", "die"],
    });
    expect(negationConflicts([denial, other], context)).toEqual([]);
    const modal = makeUnit(
      0,
      0,
      "Mira Holt will not sing at the Velden harbour festival, her agent said.",
    );
    const sings = makeUnit(1, 1, "Mira Holt will sing, her agent said.", { lemmas: ["sing"] });
    expect(negationConflicts([modal, sings], context)).toEqual([]);
  });
});
