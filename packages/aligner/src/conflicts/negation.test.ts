import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "./guards.ts";
import { negationConflicts } from "./negation.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("negationConflicts", () => {
  it("reports a statement one outlet denies and another states, naming both", () => {
    const denied = makeUnit(0, 0, "The ferry company has not paid the families of the passengers.");
    const stated = makeUnit(1, 1, "The ferry company has paid the families of the passengers.");
    const [conflict, ...rest] = negationConflicts([denied, stated], alike);
    expect(rest).toEqual([]);
    expect(conflict?.kind).toBe("negation");
    expect(conflict?.values.map((v) => v.text)).toEqual(["not paid", "paid"]);
  });

  it("reads no denial of a verb the other outlet does not state as so ('to determine', 'will')", () => {
    const denied = makeUnit(0, 0, "The cause of the warehouse fire has not been determined yet.");
    const purpose = makeUnit(
      1,
      1,
      "Investigators are working to determine the cause of the warehouse fire.",
    );
    expect(negationConflicts([denied, purpose], alike)).toEqual([]);
    const future = makeUnit(2, 2, "Investigators will determine the cause of the warehouse fire.");
    expect(negationConflicts([denied, future], alike)).toEqual([]);
    const stated = makeUnit(3, 3, "Investigators determined the cause of the warehouse fire.");
    expect(negationConflicts([denied, stated], alike)).toHaveLength(1);
  });
});
