import { describe, expect, it } from "vitest";
import type { FeatureStats } from "../blocking.ts";
import {
  contextVector,
  cosine,
  type LemmaVector,
  lemmaVector,
  lemmaVectors,
} from "./lemma-vectors.ts";
import type { AlignUnit } from "./units.ts";

// Invented statements: "the Harbour Council approved the ferry plan" twice (one lemma list, as the
// lemma reader hands it to every statement of one text) and "Ada Lund rejected the plan".
const stats: FeatureStats = {
  idf: new Map(),
  entityIdf: new Map(),
  dateIdf: new Map(),
  figureIdf: new Map(),
  storyWords: new Set(["plan"]),
  lemmaRank: new Map([
    ["approve", 0],
    ["ferry", 1],
    ["plan", 2],
    ["reject", 3],
  ]),
  lemmaIdf: new Map([
    ["approve", 1.2],
    ["ferry", 2],
    ["plan", 0.3],
    ["reject", 1.5],
  ]),
};
const approved = ["approve", "ferry", "plan"];
const unit = (lemmas: readonly string[]) => ({ lemmas }) as unknown as AlignUnit;

describe("lemmaVectors", () => {
  it("gives statements of one lemma list one vector, equal to each statement's own", () => {
    const units = [unit(approved), unit(["reject", "plan"]), unit(approved)];
    const vectors = lemmaVectors(units, stats);
    expect(vectors[2]).toBe(vectors[0]);
    expect(vectors[1]).not.toBe(vectors[0]);
    units.forEach((u, i) => {
      expect(vectors[i]).toEqual(lemmaVector(u, stats));
    });
  });

  it("reads an equal but separate lemma list on its own", () => {
    const vectors = lemmaVectors([unit(approved), unit([...approved])], stats);
    expect(vectors[1]).not.toBe(vectors[0]);
    expect(vectors[1]).toEqual(vectors[0]);
  });
});

describe("contextVector", () => {
  it("adds half of each neighbour's weights in the same article, by rank, and names no keys", () => {
    const units = [
      { index: 0, articleIndex: 0, lemmas: approved },
      { index: 1, articleIndex: 0, lemmas: ["reject", "plan"] },
      { index: 2, articleIndex: 1, lemmas: ["ferry"] },
    ] as unknown as AlignUnit[];
    const vectors = lemmaVectors(units, stats);
    const context = contextVector(units, vectors, 1);
    const own = vectors[1] as LemmaVector;
    const before = vectors[0] as LemmaVector;
    expect([...context.ranks]).toEqual([0, 1, 2, 3]);
    expect(context.keys).toEqual([]);
    // "plan" in both: its own weight plus half of the neighbour's; the next unit is another article's.
    expect(context.weights[2]).toBeCloseTo(
      (own.weights[0] as number) + 0.5 * (before.weights[2] as number),
    );
    expect(context.weights[1]).toBeCloseTo(0.5 * (before.weights[1] as number));
    expect(cosine(context, context)).toBeCloseTo(1);
  });
});
