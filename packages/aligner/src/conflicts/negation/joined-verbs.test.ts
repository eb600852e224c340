import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";
import { negationConflicts } from "./conflicts.ts";

/** Worded apart as wholes (a long denial, a short answer): the joined verbs must tie them. */
function heard(units: Parameters<typeof negationConflicts>[0]) {
  const refusals: ConflictRefusal[] = [];
  const context: ConflictContext = {
    similarity: () => 0.3,
    entityName: (id) => id,
    refused: (r) => refusals.push(r),
  };
  const conflicts = negationConflicts(units, context).map((c) => c.values.map((v) => v.text));
  return { conflicts, guards: refusals.map((r) => r.guard) };
}

const denial = makeUnit(
  0,
  0,
  "Minutes after a clerk was not suspended and escorted from her desk at the Harbour Trust depot in north Orvale, she came back with a rifle and opened fire, police said.",
);

describe("negationConflicts: two verbs joined alike", () => {
  it("sets a denial of two joined verbs against a statement writing them joined alike", () => {
    const stated = makeUnit(
      1,
      1,
      "The clerk is accused of shooting two co-workers with a rifle, minutes after she had been suspended and escorted from the building.",
    );
    expect(heard([denial, stated]).conflicts).toEqual([["not suspended", "suspended"]]);
  });

  it("reads no answer in one of the verbs alone, another joined verb, or a denial of them", () => {
    const alone = makeUnit(
      1,
      1,
      "She is accused of shooting two co-workers with a rifle, minutes after she had been suspended from the building.",
    );
    expect(heard([denial, alone])).toEqual({ conflicts: [], guards: ["negation:statedPlainly"] });
    const other = makeUnit(
      2,
      2,
      "She is accused of shooting two co-workers with a rifle, minutes after she had been suspended and fined by the board.",
    );
    expect(heard([denial, other]).conflicts).toEqual([]);
    const denied = makeUnit(
      3,
      3,
      "Nobody said she had been suspended and escorted from the building before she came back with a rifle.",
    );
    expect(heard([denial, denied]).conflicts).toEqual([]);
  });

  it("reads no answer in the same joined verbs said of another subject", () => {
    const driver = makeUnit(
      0,
      0,
      "After the crash on the Orvale bridge, the driver was not injured and taken to the Harbour Trust clinic, officers said.",
    );
    const passenger = makeUnit(
      1,
      1,
      "A passenger was injured and taken to the clinic by the coast guard.",
    );
    expect(heard([driver, passenger]).conflicts).toEqual([]);
  });

  it("reads no answer to a denial of a plan in a plain statement of it", () => {
    const planned = makeUnit(
      0,
      0,
      "A clerk will not be suspended and escorted from her desk at the Harbour Trust depot, the board said.",
    );
    const stated = makeUnit(
      1,
      1,
      "She came back with a rifle minutes after she had been suspended and escorted from the building.",
    );
    expect(heard([planned, stated]).conflicts).toEqual([]);
  });
});
