import { SPEAKER_RANKER_FEATURES } from "@parallax/aligner";
import { describe, expect, it } from "vitest";
import { chooseThreshold, outcome } from "./choose-threshold.ts";
import type { LabelledQuote } from "./label-rows.ts";

const features = [...SPEAKER_RANKER_FEATURES];
/** A candidate whose only feature besides the bias is `strength` on the second feature. */
const candidate = (strength: number, correct: boolean) => ({
  features: features.map((_, i) => (i === 0 ? 1 : i === 1 ? strength : 0)),
  correct,
});
const quote = (strength: number, correct: boolean): LabelledQuote => ({
  article: "a",
  matched: true,
  goldSource: null,
  scoredGold: true,
  candidates: [candidate(strength, correct), candidate(0, !correct)],
});
/** Weights: bias 0, the second feature 1 — a candidate's probability is sigmoid(strength). */
const weights = features.map((_, i) => (i === 1 ? 1 : 0));

describe("choosing the ranker's threshold", () => {
  const quotes = [quote(5, true), quote(4, true), quote(3, true), quote(2, false), quote(1, true)];

  it("counts speakers given, right, and gold-side gains at a setting", () => {
    const o = outcome(quotes, { features, weights, threshold: 0.85, margin: 0 });
    expect(o).toEqual({ assigned: 4, correct: 3, goldCorrect: 3, goldWrong: 1 });
  });

  it("keeps the most right speakers while the share right stays above the floor", () => {
    const chosen = chooseThreshold([{ quotes, weights }], features, 0.9);
    expect(chosen?.total).toEqual({ assigned: 3, correct: 3, goldCorrect: 3, goldWrong: 0 });
  });

  it("gives nothing when no setting keeps the floor", () => {
    const bad = [quote(5, false), quote(4, false)];
    expect(chooseThreshold([{ quotes: bad, weights }], features, 0.9)).toBeNull();
  });
});
