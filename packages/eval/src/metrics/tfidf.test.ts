import { describe, expect, it } from "vitest";
import { chooseThreshold, cosine, tfidfVectors, words } from "./tfidf.ts";

describe("TF-IDF cosine", () => {
  it("splits lowercase words", () => {
    expect(words("The Ferry's 2nd run!")).toEqual(["the", "ferry", "s", "2nd", "run"]);
  });

  it("scores shared rare words above shared common ones", () => {
    const texts = ["the ferry sank", "the ferry sank today", "the vote passed", "the budget grew"];
    const [a, b, c] = tfidfVectors(texts, texts);
    if (!a || !b || !c) throw new Error("missing vectors");
    expect(cosine(a, a)).toBeCloseTo(1, 10);
    expect(cosine(a, b)).toBeGreaterThan(0.7);
    expect(cosine(a, c)).toBeLessThan(0.3);
    expect(cosine(a, new Map())).toBe(0);
  });

  it("chooses the threshold with the best F1, the higher one on a tie", () => {
    const pairs = [
      { score: 0.9, gold: true },
      { score: 0.6, gold: true },
      { score: 0.5, gold: false },
      { score: 0.1, gold: false },
    ];
    expect(chooseThreshold(pairs, [0.05, 0.55, 0.7])).toEqual({ threshold: 0.55, f1: 1 });
    expect(chooseThreshold([{ score: 0.5, gold: false }], [0.2, 0.4]).threshold).toBe(0.4);
  });
});
