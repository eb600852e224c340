import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";
import { degreeClass, sameDegree } from "./degree-words.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("sameDegree", () => {
  it("reads an adverb of degree as its adjective and its class", () => {
    expect(degreeClass("Seriously")).toBe("severe");
    expect(sameDegree("severely", "seriously")).toBe(true);
    expect(sameDegree("severely", "grave")).toBe(true);
    expect(sameDegree("severely", "slightly")).toBe(false);
    expect(sameDegree("critically", "seriously")).toBe(false);
  });
});

describe("negationConflicts on a degree told in other words", () => {
  const denied = makeUnit(
    0,
    0,
    "Rail traffic between the two ports was not severely disrupted on Monday after the storm.",
  );

  it("sets 'not severely disrupted' against 'seriously disrupted' and lists both outlets", () => {
    const other = makeUnit(1, 1, "Rail traffic between the two ports was seriously disrupted.");
    const same = makeUnit(2, 2, "Rail traffic between the two ports was severely disrupted.");
    const [conflict] = negationConflicts([denied, other, same], alike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not severely", "seriously", "severely"]);
  });

  it("reads no other degree as the denied one ('slightly', 'critically')", () => {
    const slightly = makeUnit(1, 1, "Rail traffic between the two ports was slightly disrupted.");
    const critically = makeUnit(
      2,
      2,
      "Rail traffic between the two ports was critically disrupted.",
    );
    expect(negationConflicts([denied, slightly, critically], alike)).toEqual([]);
  });
});
