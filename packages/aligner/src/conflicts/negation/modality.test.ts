import { describe, expect, it } from "vitest";
import { makeUnit } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { ConflictContext } from "../guards.ts";
import { negationConflicts } from "./conflicts.ts";

const alike: ConflictContext = { similarity: () => 0.9, entityName: (id) => id };

describe("a denial with a modal against the same modal told in reported speech", () => {
  const denial = makeUnit(0, 0, "The transport board will not raise bus fares in Velden in May.");

  it("reads 'would raise' of a report as the 'will' the denial negates", () => {
    const reported = makeUnit(
      1,
      1,
      "Olaf Brink said the transport board would raise bus fares in Velden in May.",
    );
    const [conflict] = negationConflicts([denial, reported], alike);
    expect(conflict?.values.map((v) => v.text)).toEqual(["not raise", "raise"]);
    const could = makeUnit(
      2,
      2,
      "Residents could not return to their homes in Norrvik on Wednesday.",
    );
    const can = makeUnit(3, 3, "Residents can return to their homes in Norrvik on Wednesday.");
    expect(negationConflicts([could, can], alike)).toHaveLength(1);
  });

  it("reads a plan told with 'is to' as the 'will' a denial negates", () => {
    const direct = makeUnit(
      0,
      0,
      "Ivo Vint will not direct the sequel to the film Harbour Lights.",
    );
    const plan = makeUnit(1, 1, "Ivo Vint is to direct the sequel to the film Harbour Lights.");
    expect(negationConflicts([direct, plan], alike)).toHaveLength(1);
  });

  it("keeps other modals apart: 'may raise' is no 'will', and 'to raise' alone is no plan", () => {
    const chance = makeUnit(1, 1, "The transport board may raise bus fares in Velden in May.");
    expect(negationConflicts([denial, chance], alike)).toEqual([]);
    const aim = makeUnit(1, 1, "The transport board wants to raise bus fares in Velden in May.");
    expect(negationConflicts([denial, aim], alike)).toEqual([]);
    const plain = makeUnit(0, 0, "The transport board did not raise bus fares in Velden in May.");
    expect(
      negationConflicts(
        [plain, makeUnit(1, 1, "The transport board would raise bus fares in Velden in May.")],
        alike,
      ),
    ).toEqual([]);
  });
});

describe("a negation that tells when ('not … until')", () => {
  it("reads no denial of what is done only later", () => {
    const until = makeUnit(
      0,
      0,
      "Ivo Vint said he will not reveal the name of the source until after the trial ends.",
    );
    const later = makeUnit(
      1,
      1,
      "Ivo Vint said he would reveal the name of the source after the trial ends.",
    );
    expect(negationConflicts([until, later], alike)).toEqual([]);
    const plain = makeUnit(
      0,
      0,
      "Ivo Vint said he will not reveal the name of the source after the trial ends.",
    );
    expect(negationConflicts([plain, later], alike)).toHaveLength(1);
  });
});
