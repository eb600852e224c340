import { DIGITS_PATTERN, parseNumber, scaleOf } from "./number-words.ts";

/**
 * The upper end of a sum range whose scale word comes only at its end: "$140-150 million", "$140-
 * $150 million", "$140 to $150 million". The lower sum is written bare and takes the upper's scale:
 * it is $140 million, not $140. Read right after a sum given without a scale; null when no upper
 * end with a scale word follows, or it is no larger than the lower end.
 */
const UPPER_AFTER = new RegExp(
  `^\\s?(?:[-–]|to)\\s?[$₩¥€£]?\\s?(${DIGITS_PATTERN})[\\s-]?(trillion|billion|million|thousand|tn|bn|mn)\\b`,
);

export function moneyRangeUpper(
  body: string,
  end: number,
  lowerText: string,
): { upper: number; scale: number; end: number } | null {
  const m = UPPER_AFTER.exec(body.slice(end, end + 40));
  if (!m) return null;
  const scale = scaleOf(m[2]);
  const upper = parseNumber(m[1] ?? "");
  if (!(parseNumber(lowerText) < upper)) return null;
  return { upper: upper * scale, scale, end: end + m[0].length };
}
