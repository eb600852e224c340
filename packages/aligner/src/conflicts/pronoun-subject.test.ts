import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "./guards.ts";
import { negationConflicts } from "./negation/conflicts.ts";

describe("a denial said of a pronoun against a noun its statement never names (issue 12)", () => {
  const apart: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };
  const denied = makeUnit(0, 0, "He is not predicting that Ada Lund will win the Orvale vote.");

  it("sets no pronoun's denial against what a noun did, however the two are worded", () => {
    const polls = makeUnit(
      1,
      1,
      "But the polls did predict that Ada Lund would win the Orvale vote.",
    );
    expect(negationConflicts([denied, polls], apart)).toEqual([]);
    const agent = makeUnit(
      2,
      2,
      "Ada Lund's win in Orvale, which was predicted by forecasters, came a week after the vote.",
    );
    expect(negationConflicts([denied, agent], apart)).toEqual([]);
  });

  it("still sets it against the pronoun's own noun, or against a pronoun", () => {
    const named = makeUnit(
      3,
      3,
      "The pollster is not predicting that Ada Lund will win the Orvale vote, and he said so.",
    );
    const stated = makeUnit(
      4,
      4,
      "The pollster did predict that Ada Lund would win the Orvale vote.",
    );
    expect(negationConflicts([named, stated], apart)).toHaveLength(1);
    const he = makeUnit(5, 5, "He did predict that Ada Lund would win the Orvale vote.");
    expect(negationConflicts([denied, he], apart)).toHaveLength(1);
    // A name before the pronoun is whom it stands for: compared as a name, not as a noun.
    const confirmed = makeUnit(
      6,
      6,
      "Pollster Ivo Vint confirmed to the Orvale Times that he is not predicting that Ada Lund will win the vote.",
    );
    const team = makeUnit(
      7,
      7,
      "The pollster's team did predict that Ada Lund would win the vote.",
    );
    expect(negationConflicts([confirmed, team], apart)).toHaveLength(1);
  });
});
