/** A candidate's feature vector and whether it is the quote's speaker. */
export type Example = { features: readonly number[]; correct: boolean };

/**
 * Fits logistic-regression weights by full-batch gradient descent with an L2 penalty (the bias,
 * weight 0, is not penalised). Deterministic: weights start at zero and the steps are fixed.
 */
export function fitLogistic(
  examples: readonly Example[],
  dims: number,
  { steps = 3000, rate = 0.5, l2 = 1e-3 } = {},
): number[] {
  const w = new Array<number>(dims).fill(0);
  if (examples.length === 0) return w;
  const grad = new Array<number>(dims).fill(0);
  for (let step = 0; step < steps; step += 1) {
    grad.fill(0);
    for (const { features, correct } of examples) {
      let z = 0;
      for (let i = 0; i < dims; i += 1) z += (features[i] ?? 0) * w[i]!;
      const error = 1 / (1 + Math.exp(-z)) - (correct ? 1 : 0);
      for (let i = 0; i < dims; i += 1) grad[i]! += error * (features[i] ?? 0);
    }
    for (let i = 0; i < dims; i += 1) {
      const penalty = i === 0 ? 0 : l2 * w[i]!;
      w[i]! -= rate * (grad[i]! / examples.length + penalty);
    }
  }
  return w;
}
