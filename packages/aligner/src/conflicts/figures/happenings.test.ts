import { describe, expect, it } from "vitest";
import { countedUnit as counted } from "../../../test/fixtures/alignment-gold/make-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { type ConflictContext, figureConflicts } from "../detect-conflicts.ts";

/** Grouped together but worded apart, as two outlets' statements of one story often are. */
const apart: ConflictContext = { similarity: () => 0.3, entityName: (id) => id };

const values = (units: AlignUnit[]) =>
  figureConflicts(units, apart).map((c) => c.values.map((v) => v.text));

describe("figure conflicts between two happenings' counts", () => {
  it("sets no count of boats sent out against the count that searched the bay", () => {
    const sent = counted(
      0,
      "Two lifeboats were sent out to the bay after walkers called the coastguard.",
      "Two",
      2,
      "lifeboats",
    );
    const searched = counted(
      1,
      "Nine lifeboats searched the bay where the yacht capsized at dusk.",
      "Nine",
      9,
      "lifeboats",
    );
    expect(values([sent, searched])).toEqual([]);
  });

  it("still sets two counts of one happening told in other verbs against each other", () => {
    const took = counted(
      0,
      "Masked thieves made off with 40 paintings from the hillside villa.",
      "40",
      40,
      "paintings",
    );
    const stole = counted(
      1,
      "Masked thieves stole 25 paintings from a villa above the harbour.",
      "25",
      25,
      "paintings",
    );
    expect(values([took, stole])).toEqual([["40", "25"]]);
  });

  it("reads a count said to come on top of others as no total", () => {
    const total = counted(
      0,
      "Roofs in six hamlets were torn off by the storm, officials said.",
      "six",
      6,
      "hamlets",
    );
    const more = counted(
      1,
      "Roofs in three hamlets were also torn off by the storm, he added.",
      "three",
      3,
      "hamlets",
    );
    expect(values([total, more])).toEqual([]);
  });

  it("reads digits after a capitalised word, or a score's half, as no count", () => {
    const round = counted(
      0,
      "The champion hurt his wrist in the Round 12 defeat at the arena.",
      "12",
      12,
      "defeat",
    );
    const score = counted(
      1,
      "The champion hurt his wrist in a 31-28 defeat at the arena.",
      "28",
      28,
      "defeat",
    );
    expect(values([round, score])).toEqual([]);
  });
});

describe("figure conflicts between what happened and what is to come", () => {
  it("sets no count still to come against one that happened", () => {
    const ahead = counted(
      0,
      "The striker is injured, meaning he will miss the last three matches.",
      "three",
      3,
      "matches",
    );
    const past = counted(
      1,
      "The striker is injured again after he missed five matches in the autumn.",
      "five",
      5,
      "matches",
    );
    expect(values([ahead, past])).toEqual([]);
  });

  it("reads the future of another clause as no future of the count", () => {
    const charged = counted(
      0,
      "The driver will face charges after police found three stolen cars in his barn.",
      "three",
      3,
      "cars",
    );
    const found = counted(
      1,
      "Police found six stolen cars in a barn rented by the driver.",
      "six",
      6,
      "cars",
    );
    expect(values([charged, found])).toEqual([["three", "six"]]);
  });
});

describe("figure conflicts between a part and a whole", () => {
  it("sets no count of a part, after 'including', against the whole", () => {
    const part = counted(
      0,
      "She scored 30 goals last year, including 12 goals in cup matches.",
      "12",
      12,
      "goals",
    );
    const whole = counted(
      1,
      "Over the year she netted 30 goals, 19 goals in cup matches.",
      "19",
      19,
      "goals",
    );
    expect(values([part, whole])).toEqual([]);
  });
});
