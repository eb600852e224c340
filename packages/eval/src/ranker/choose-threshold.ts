import { pickSpeaker, type RankerModel } from "@parallax/aligner";
import type { LabelledQuote } from "./label-rows.ts";

/** What a model does on labelled quotes: speakers given, how many right, and gold-side gains. */
export type Outcome = {
  assigned: number;
  correct: number;
  /** Right speakers on quotes matching a scored direct gold (direct speaker accuracy gains). */
  goldCorrect: number;
  /** Wrong speakers on quotes matching a scored direct gold (direct speaker accuracy wrongs). */
  goldWrong: number;
};

export function outcome(quotes: readonly LabelledQuote[], model: RankerModel): Outcome {
  const o: Outcome = { assigned: 0, correct: 0, goldCorrect: 0, goldWrong: 0 };
  for (const q of quotes) {
    const candidates = q.candidates.map((c, i) => ({ entity: i, features: c.features }));
    const pick = pickSpeaker(candidates, model);
    if (pick === null) continue;
    const right = q.candidates[pick]!.correct;
    o.assigned += 1;
    if (right) o.correct += 1;
    if (q.scoredGold) {
      if (right) o.goldCorrect += 1;
      else o.goldWrong += 1;
    }
  }
  return o;
}

/** Thresholds tried: 0.50 to 0.99 by 0.01. */
export const THRESHOLDS = Array.from({ length: 50 }, (_, i) => Number((0.5 + i * 0.01).toFixed(2)));
export const MARGINS = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6];

/**
 * The threshold and margin that give the most right speakers while the speakers given stay at
 * least `minPrecision` right, counted over every fold (each fold's quotes scored by the weights
 * fit without them). Ties go to the stricter setting.
 */
export function chooseThreshold(
  folds: readonly { quotes: readonly LabelledQuote[]; weights: number[] }[],
  features: readonly string[],
  minPrecision: number,
): { threshold: number; margin: number; total: Outcome } | null {
  let best: { threshold: number; margin: number; total: Outcome } | null = null;
  for (const threshold of THRESHOLDS) {
    for (const margin of MARGINS) {
      const total: Outcome = { assigned: 0, correct: 0, goldCorrect: 0, goldWrong: 0 };
      for (const fold of folds) {
        const o = outcome(fold.quotes, { features, weights: fold.weights, threshold, margin });
        total.assigned += o.assigned;
        total.correct += o.correct;
        total.goldCorrect += o.goldCorrect;
        total.goldWrong += o.goldWrong;
      }
      if (total.assigned === 0 || total.correct / total.assigned < minPrecision) continue;
      if (best === null || total.correct >= best.total.correct) best = { threshold, margin, total };
    }
  }
  return best;
}
