import { describe, expect, it } from "vitest";
import { measuredUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import { figureConflicts } from "./detect-conflicts.ts";
import type { ConflictContext } from "./guards.ts";

const names: Record<string, string> = {
  E1: "Harbour Election Board",
  E2: "Vint Ballot Office",
  E3: "Lund Shipping Company",
  E4: "Vint Ferry Company",
};
const context: ConflictContext = { similarity: () => 0.3, entityName: (id) => names[id] ?? id };

function named(unit: AlignUnit, ...ids: string[]): AlignUnit {
  return { ...unit, entities: new Set(ids) };
}

describe("figures of statements whose only names are their sources", () => {
  const two = named(
    measuredUnit(
      0,
      "The island's council elections will be held with two parties, according to the Harbour Election Board.",
      "two parties",
      2,
      "parties",
    ),
    "E1",
  );
  const four = named(
    measuredUnit(
      1,
      "The island's council elections will be held with four parties, a notice from the Vint Ballot Office said.",
      "four parties",
      4,
      "parties",
    ),
    "E2",
  );
  const ferries = named(
    measuredUnit(
      2,
      "The Lund Shipping Company will run two ferries to the island's council elections.",
      "two ferries",
      2,
      "ferries",
    ),
    "E3",
  );
  const moreFerries = named(
    measuredUnit(
      3,
      "The Vint Ferry Company will run four ferries to the island's council elections.",
      "four ferries",
      4,
      "ferries",
    ),
    "E4",
  );

  it("sets them against each other: the sources are not what they are about", () => {
    const rows = figureConflicts([two, four] as AlignUnit[], context);
    expect(rows.map((c) => c.values.map((v) => v.text))).toEqual([["two parties", "four parties"]]);
  });

  it("keeps apart statements about two different companies", () => {
    expect(figureConflicts([ferries, moreFerries] as AlignUnit[], context)).toEqual([]);
  });
});
