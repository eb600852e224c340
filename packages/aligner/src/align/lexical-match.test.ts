import { describe, expect, it } from "vitest";
import type { FeatureStats } from "../blocking.ts";
import { lemmaVectors } from "./lemma-vectors.ts";
import { lexicalMatch, lexicalMatches } from "./lexical-match.ts";
import type { AlignUnit } from "./units.ts";

// Invented statements: "Ivo Vint opened the harbour bridge" (twice, one lemma list), "the harbour
// bridge opened late" and "the council met".
const ranks = ["bridge", "council", "harbour", "late", "meet", "open"];
const stats: FeatureStats = {
  idf: new Map(),
  entityIdf: new Map(),
  dateIdf: new Map(),
  figureIdf: new Map(),
  storyWords: new Set(),
  lemmaRank: new Map(ranks.map((lemma, rank) => [lemma, rank])),
  lemmaIdf: new Map(ranks.map((lemma) => [lemma, 1.5])),
};
const opened = ["open", "harbour", "bridge"];
const unit = (lemmas: readonly string[]) => ({ lemmas }) as unknown as AlignUnit;
const units = [
  unit(opened),
  unit(["harbour", "bridge", "open", "late"]),
  unit(opened),
  unit(["council", "meet"]),
];
const vectors = lemmaVectors(units, stats);

describe("lexicalMatches", () => {
  it("gives each pair the cosine and label its vectors give, one reading per vector pair", () => {
    const lexical = lexicalMatches(vectors);
    for (const [a, b] of [
      [0, 1],
      [2, 1],
      [1, 0],
      [0, 3],
    ] as const) {
      expect(lexical(a, b)).toEqual(lexicalMatch(vectors[a]!, vectors[b]!));
    }
    expect(lexical(2, 1)).toBe(lexical(0, 1));
    expect(lexical(0, 1).label).toBe("bridge, harbour, open");
    expect(lexical(0, 3)).toEqual({ value: 0, label: null });
  });
});
