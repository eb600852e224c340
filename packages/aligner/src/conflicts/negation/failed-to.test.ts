import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { negatedWords } from "./negated-words.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("'failed to' as a denial", () => {
  it("denies the verb after it, as 'did not' does", () => {
    const denied = makeUnit(
      0,
      0,
      "The Harbour Board failed to approve the ferry budget on Friday.",
    );
    const stated = makeUnit(1, 1, "The Harbour Board approved the ferry budget on Friday.");
    expect(negationConflicts([denied, stated], alike)[0]?.values.map((v) => v.text)).toEqual([
      "failed to approve",
      "approved",
    ]);
  });

  it("is no denial after a negation, nor before a noun phrase", () => {
    expect(
      negatedWords(makeUnit(0, 0, "Ada Roe has never failed to win a vote in Norland.")).map(
        (n) => n.lemma,
      ),
    ).toEqual(["fail"]);
    expect(negatedWords(makeUnit(1, 1, "The old pier failed to the tide in March."))).toEqual([]);
  });

  it("keeps the modal before it ('would fail to' is a plan, no report)", () => {
    const [item] = negatedWords(
      makeUnit(0, 0, "Ivo Vint said the board would fail to approve it."),
    );
    expect(item?.modal).toBe("would");
  });

  it("reads no conflict when both outlets say the attempt failed", () => {
    const denied = makeUnit(0, 0, "Ivo Vint failed to win the Norland seat in the spring vote.");
    const other = makeUnit(
      1,
      1,
      "Ivo Vint also failed to win the Norland seat in the spring vote.",
    );
    // Both deny: no conflict.
    expect(negationConflicts([denied, other], alike)).toEqual([]);
  });
});
