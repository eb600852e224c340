/** 0.8312 → "83.1%"; null (nothing to divide) → "n/a". */
export function pct(value: number | null): string {
  return value === null ? "n/a" : `${(value * 100).toFixed(1)}%`;
}

/** 0.8312 → "0.831"; null → "n/a". */
export function dec(value: number | null): string {
  return value === null ? "n/a" : value.toFixed(3);
}

/** "83.1% (412/496)". */
export function share(value: number | null, numerator: number, denominator: number): string {
  return `${pct(value)} (${numerator}/${denominator})`;
}

/** A target line: "direct found ≥ 0.90: 0.842 — below target". */
export function targetLine(
  label: string,
  value: number | null,
  target: number,
  atMost = false,
): string {
  const met = value !== null && (atMost ? value <= target : value >= target);
  return `${label} ${atMost ? "≤" : "≥"} ${target.toFixed(2)}: ${dec(value)} — ${met ? "met" : "NOT met"}`;
}
