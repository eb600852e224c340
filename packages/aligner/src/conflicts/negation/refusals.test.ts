import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";
import { negationConflicts } from "./conflicts.ts";

/** The negation check run with a sink: its conflicts and the guards the sink heard. */
function heard(units: Parameters<typeof negationConflicts>[0]) {
  const refusals: ConflictRefusal[] = [];
  const context: ConflictContext = {
    similarity: () => 0.9,
    entityName: (id) => id,
    refused: (r) => refusals.push(r),
  };
  return { conflicts: negationConflicts(units, context), guards: refusals.map((r) => r.guard) };
}

describe("negationConflicts refusals", () => {
  it("names the guard that refused a denial: the other outlet says the verb only as a plan, never plainly", () => {
    const denied = makeUnit(0, 0, "The cause of the warehouse fire has not been determined yet.");
    const future = makeUnit(1, 1, "Investigators will determine the cause of the warehouse fire.");
    const { conflicts, guards } = heard([denied, future]);
    expect(conflicts).toEqual([]);
    expect(guards).toEqual(["negation:statedPlainly"]);
  });

  it("tells the pair it reports as found, refused by no guard", () => {
    const denied = makeUnit(0, 0, "The ferry company has not paid the families of the passengers.");
    const stated = makeUnit(1, 1, "The ferry company has paid the families of the passengers.");
    const { conflicts, guards } = heard([denied, stated]);
    expect(conflicts).toHaveLength(1);
    expect(guards).toEqual(["negation:found"]);
  });
});
