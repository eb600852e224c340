import { describe, expect, it } from "vitest";
import { loadFixtureStories } from "../../test/ecbplus-fixture.ts";
import { identityFigures, type PersonItem, personItems } from "./person-identity.ts";

const item = (
  doc: string,
  chain: string | null,
  system: string | null,
  name = "N",
): PersonItem => ({
  doc,
  chain,
  system,
  name,
});

describe("identityFigures", () => {
  it("counts a cross-document person kept as one only when every mention is in one entity", () => {
    const kept = identityFigures([item("d1", "P", "x"), item("d2", "P", "x")]);
    expect([kept.crossDocPeople, kept.keptAsOne, kept.bCubed.f1]).toEqual([1, 1, 1]);
    const split = identityFigures([item("d1", "P", "x"), item("d2", "P", "y")]);
    expect([split.keptAsOne, split.bCubed.recall]).toEqual([0, 0.5]);
    const missed = identityFigures([item("d1", "P", "x"), item("d2", "P", null)]);
    expect([missed.keptAsOne, missed.found]).toEqual([0, 1]);
    expect(identityFigures([item("d1", "P", "x"), item("d1", "P", "x")]).crossDocPeople).toBe(0);
  });

  it("flags an entity holding two different gold people", () => {
    const merged = identityFigures([
      item("d1", "P", "x", "Ann Marlow"),
      item("d2", "Q", "x", "Ben Marlow"),
    ]);
    expect(merged.mergingEntities).toBe(1);
    expect(merged.merges[0]?.names).toEqual(["Ann Marlow", "Ben Marlow"]);
    expect(merged.bCubed.precision).toBe(0.5);
  });

  it("takes document-internal chains as different people only when they share a document", () => {
    const apart = [item("d1", "INTRA:d1:1", "x"), item("d2", "INTRA:d2:7", "x")];
    expect(identityFigures(apart).mergingEntities).toBe(0);
    const together = [item("d1", "INTRA:d1:1", "x"), item("d1", "INTRA:d1:2", "x")];
    expect(identityFigures(together).mergingEntities).toBe(1);
    // A gold singleton (no chain) never makes a merge: it may be an unlinked mention of the person.
    expect(identityFigures([item("d1", "P", "x"), item("d2", null, "x")]).mergingEntities).toBe(0);
  });
});

describe("personItems on an invented ECB+-shaped topic", () => {
  it("maps named gold person mentions to the system's story entities", () => {
    const { mixed } = loadFixtureStories();
    const { items, outsideBody } = personItems(mixed);
    expect(outsideBody).toBe(0);
    // "crew" is no name; Ann and Ben Marlow are named twice each.
    expect(items.map((i) => [i.doc, i.chain, i.name])).toEqual([
      ["90_1ecb", "HUM_ANN", "Ann Marlow"],
      ["90_2ecb", "HUM_ANN", "Ann Marlow"],
      ["90_1ecbplus", "HUM_BEN", "Ben Marlow"],
      ["90_2ecbplus", "HUM_BEN", "Ben Marlow"],
    ]);
    const ids = new Set(mixed.comparison.entities.map((e) => e.id));
    expect(items.every((i) => i.system !== null && ids.has(i.system))).toBe(true);
  });
});
