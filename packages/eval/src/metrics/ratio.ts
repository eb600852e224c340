/** numerator / denominator, or null when there is nothing to divide (shown as "n/a", never 0). */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export type PrecisionRecall = {
  precision: number | null;
  recall: number | null;
  f1: number | null;
};

/** Precision, recall and their harmonic mean from counts. */
export function precisionRecall(correct: number, predicted: number, gold: number): PrecisionRecall {
  const precision = ratio(correct, predicted);
  const recall = ratio(correct, gold);
  return { precision, recall, f1: harmonicMean(precision, recall) };
}

/** F1 of a precision and a recall; null when either is missing. */
export function harmonicMean(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
