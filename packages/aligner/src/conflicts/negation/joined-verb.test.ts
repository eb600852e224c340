import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import { negatedWords } from "./negated-words.ts";

describe("negatedWords: a second verb joined by 'and' opens a clause of its own", () => {
  it("denies the first verb though an 'until' follows the joined one", () => {
    const unit = makeUnit(
      0,
      0,
      "Ivo Vint told the court that Ada Lund was not staying at the Harbour Inn and asked that she stay until the hearing ends.",
    );
    const [item] = negatedWords(unit);
    expect(item?.text).toBe("not staying");
    expect(item?.predicate).not.toContain("ask");
    // Without the joined verb, the "until" tells when, and there is no denial to read.
    const when = makeUnit(1, 1, "Ada Lund will not leave the Harbour Inn until the hearing ends.");
    expect(negatedWords(when)).toEqual([]);
  });

  it("keeps two verbs of one denial, and a name joined by 'and', in the clause", () => {
    const both = makeUnit(0, 0, "The guard was not shot and wounded at the gate by the raiders.");
    expect(negatedWords(both)[0]?.predicate).toEqual(expect.arrayContaining(["shoot", "wound"]));
    const names = makeUnit(1, 1, "The board has not paid Ivo Vint and Ada Lund until the audit.");
    expect(negatedWords(names)).toEqual([]);
  });
});
