import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import type { ConflictRefusal } from "../refusals.ts";
import { negationsAcrossGroups } from "./across.ts";

const context: ConflictContext = { similarity: () => 0.2, entityName: (id) => id };

/** The check across groups run with a sink: its conflicts and the guards the sink heard. */
function heard(units: Parameters<typeof negationsAcrossGroups>[0], groupOf: number[]) {
  const refusals: ConflictRefusal[] = [];
  const found = negationsAcrossGroups(units, groupOf, [], {
    ...context,
    refused: (r) => refusals.push(r),
  });
  return { found, guards: refusals.map((r) => r.guard) };
}

describe("negationsAcrossGroups refusals", () => {
  it("names the reading that set a plan's denial aside, grouped apart, before any pair guard", () => {
    const a = makeUnit(
      0,
      0,
      "The harbour board will not reopen the northern ferry pier before the storm season.",
    );
    const b = makeUnit(
      1,
      1,
      "A spokesman said the harbour board did reopen the northern ferry pier before the storm season.",
    );
    const apart = heard([a, b], [0, 1]);
    expect(apart.found).toEqual([]);
    expect(apart.guards).toEqual(["negation:across.modal"]);
    // Paired in one group, the pair is the group check's to tell: nothing is heard here.
    expect(heard([a, b], [0, 0]).guards).toEqual([]);
  });

  it("names the reading that set a pronoun's denial aside", () => {
    const a = makeUnit(
      0,
      0,
      "He has not repaid the loans the harbour board granted the ferry firm.",
    );
    const b = makeUnit(
      1,
      1,
      "Ivo Vint has repaid the loans the harbour board granted the ferry firm, Ada Roe said.",
      { entities: new Set(["Ivo Vint", "Ada Roe"]) },
    );
    const { found, guards } = heard([a, b], [0, 1]);
    expect(found).toEqual([]);
    expect(guards).toEqual(["negation:across.pronounSubject"]);
  });

  it("finds the same conflicts with a sink as without one", () => {
    const a = makeUnit(
      0,
      0,
      "The night ferry was not delayed by the storm at the northern harbour, the operator said.",
    );
    const b = makeUnit(
      1,
      1,
      "Passengers said the night ferry was delayed by the storm at the northern harbour.",
    );
    const { found, guards } = heard([a, b], [0, 1]);
    expect(found.map((f) => f.conflict.values.map((v) => v.text))).toEqual([
      ["not delayed", "delayed"],
    ]);
    expect(guards).toEqual(["negation:found"]);
  });
});
