import { describe, expect, it } from "vitest";
import { makeUnit } from "../test/fixtures/alignment-gold/make-unit.ts";
import {
  articleSimilarity,
  articleVectors,
  cosineOver,
  detailLikeness,
} from "./article-similarity.ts";

describe("articleSimilarity", () => {
  // Articles 0 and 1 tell one ferry sinking (same captain, same words); article 2 another sinking
  // with other people; article 3 names the first captain in a sentence about something else.
  const units = [
    makeUnit(0, 0, "A passenger ferry sank off the northern coast on Monday.", {
      entities: new Set(["marlow", "coastguard"]),
    }),
    makeUnit(1, 0, "All forty passengers were rescued by the coastguard.", {
      entities: new Set(["marlow"]),
    }),
    makeUnit(2, 1, "The ferry went down near the northern coast, passengers rescued.", {
      entities: new Set(["marlow", "coastguard"]),
    }),
    makeUnit(3, 2, "A cargo ship sank in the southern harbour after a storm.", {
      entities: new Set(["okafor"]),
    }),
    makeUnit(4, 3, "The harbour storm damaged a cargo ship; Marlow was not aboard.", {
      entities: new Set(["okafor", "marlow"]),
    }),
  ];
  // Unit pairs (0, 2), (0, 3), (2, 3), (3, 4), (2, 4), as blocking hands them over.
  const pairs = {
    low: Int32Array.from([0, 0, 2, 3, 2]),
    high: Int32Array.from([2, 3, 3, 4, 4]),
  };

  it("finds articles about one event more alike than articles about two", () => {
    const likeness = articleSimilarity(units, pairs);
    expect(likeness.between(0, 1)).toBeGreaterThan(likeness.between(0, 2));
    expect(likeness.between(2, 3)).toBeGreaterThan(likeness.between(1, 2));
    // Symmetric and bounded.
    expect(likeness.between(1, 0)).toBe(likeness.between(0, 1));
    for (const [a, b] of [
      [0, 1],
      [0, 2],
      [1, 3],
    ] as const) {
      expect(likeness.between(a, b)).toBeGreaterThanOrEqual(0);
      expect(likeness.between(a, b)).toBeLessThanOrEqual(1);
    }
  });

  it("takes the median likeness of the candidate pairs' articles as the story's typical pair", () => {
    const likeness = articleSimilarity(units, pairs);
    const values = [
      likeness.between(0, 1),
      likeness.between(0, 2),
      likeness.between(1, 2),
      likeness.between(2, 3),
      likeness.between(1, 3),
    ].sort((a, b) => a - b);
    expect(likeness.typical).toBe(values[2]);
    expect(
      articleSimilarity(units, { low: new Int32Array(0), high: new Int32Array(0) }).typical,
    ).toBe(0);
  });
});

describe("detailLikeness", () => {
  const count = (value: number, unit: string) => ({
    id: `f-${unit}-${value}`,
    span: { articleId: "a000000000000000", start: 0, end: 1 },
    text: String(value),
    kind: "count" as const,
    value,
    upperValue: null,
    unit,
    measure: null,
  });
  // Articles 0 and 1 give one flood's toll; article 2 another flood's; article 3 none.
  const units = [
    makeUnit(0, 0, "Floods killed 14 people in the valley.", { figures: [count(14, "people")] }),
    makeUnit(1, 1, "The flood's toll rose to 14 people.", { figures: [count(14, "people")] }),
    makeUnit(2, 2, "A flood killed 3 people upriver.", { figures: [count(3, "people")] }),
    makeUnit(3, 2, "Three more were missing.", { figures: [count(3, "people")] }),
    makeUnit(4, 3, "The river burst its banks again.", {}),
    makeUnit(5, 3, "Rescuers found 3 people on a roof.", { figures: [count(3, "people")] }),
  ];
  const alike = detailLikeness(units);

  it("finds articles giving the same figures alike, others not", () => {
    expect(alike(0, 1)).toBeCloseTo(1, 5);
    expect(alike(1, 0)).toBeCloseTo(1, 5);
    expect(alike(0, 2)).toBe(0);
    expect(alike(2, 3)).toBeCloseTo(1, 5);
  });
});

describe("cosineOver", () => {
  // Word counts of six invented articles: keys shared by two or more of them make the vectors.
  const counts = [
    { ferry: 3, coast: 1, rescue: 2, storm: 1 },
    { ferry: 1, coast: 2, harbour: 1 },
    { harbour: 4, storm: 2, cargo: 1 },
    { cargo: 2, rescue: 1, ferry: 1, coast: 1, storm: 3 },
    { lighthouse: 1 },
    { storm: 1, harbour: 1, rescue: 1 },
  ].map((c) => new Map(Object.entries(c)));
  const { vectors, keyCount } = articleVectors(counts);

  it("gives the same cosines from the story's table as from one spread vector, in any order", () => {
    const table = cosineOver(vectors, keyCount);
    const spreadAlone = cosineOver(vectors, keyCount, 0);
    const order = [
      [0, 3],
      [3, 1],
      [5, 2],
      [0, 1],
      [2, 0],
      [4, 3],
      [1, 5],
      [3, 0],
    ] as const;
    const fromTable = order.map(([a, b]) => table(a, b));
    expect(order.map(([a, b]) => spreadAlone(a, b))).toEqual(fromTable);
    expect(fromTable[0]).toBeGreaterThan(0.4);
    // An article sharing no key with the others has no vector to compare.
    expect(fromTable[5]).toBe(0);
    expect(table(3, 0)).toBe(table(0, 3));
  });
});
