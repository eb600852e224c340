import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };
const texts = (a: string, b: string) =>
  negationConflicts([makeUnit(0, 0, a), makeUnit(1, 1, b)], alike)[0]?.values.map((v) => v.text);

describe("a denied verb done to 'the' thing against one done to 'a' thing", () => {
  it("reads two occasions, not one fact told both ways", () => {
    expect(
      texts(
        "When the moderator pointed out that Ada Lund hadn't answered the question, she said ferry crews file complaints.",
        "When Ada Lund answered a question on harbour fees, she said ferry crews file complaints.",
      ),
    ).toBeUndefined();
  });

  it("still sets the same thing, or 'a' thing denied, against its statement", () => {
    expect(
      texts(
        "Ada Lund hadn't answered the question on harbour fees, the moderator said.",
        "Ada Lund answered the question on harbour fees, the moderator said.",
      ),
    ).toEqual(["n't answered", "answered"]);
    expect(
      texts(
        "The Harbour Trust has not made an offer for the ferry line.",
        "The Harbour Trust made the offer for the ferry line on Friday.",
      ),
    ).toHaveLength(2);
  });
});
