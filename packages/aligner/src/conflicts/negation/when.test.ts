import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { negatedWords } from "./negated-words.ts";

/* Words of when a denied thing happened are no part of what is denied (issue 12). */

describe("negatedWords: the predicate leaves out words of when", () => {
  it("reads the verb and its object, not the part of the day", () => {
    const [item] = negatedWords(
      makeUnit(0, 0, "Police said Ivo Vint had not quit the dock crew late on Tuesday night."),
    );
    expect(item?.predicate).toEqual(["quit", "dock", "crew"]);
  });

  it("keeps a verb of one word that names a time of day", () => {
    const [item] = negatedWords(makeUnit(0, 0, "The Harbour Council did not meet in the evening."));
    expect(item?.lemma).toBe("meet");
    expect(item?.predicate).not.toContain("evening");
  });
});
