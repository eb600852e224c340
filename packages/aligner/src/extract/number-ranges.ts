import { NUMBER_PATTERN, parseNumber } from "./number-words.ts";

/** "10 to 15" / "10-15" / "between 10 and" just before a unit's last number: one range. */
const RANGE_LOWER = new RegExp(`\\b(?:between )?(${NUMBER_PATTERN})(?: (?:or|to|and) |[-–])$`, "i");

/**
 * The lower end of a range written before a number ("10 to 15 percent", "10-15%", "between 10 and
 * 15 houses", "two or three years"); null when there is none or it is a change ("from 2 to 3
 * years": the figure is where it ended, not a span of values).
 */
export function rangeBefore(
  body: string,
  start: number,
  upper: number,
): { lower: number; start: number } | null {
  const range = RANGE_LOWER.exec(body.slice(Math.max(0, start - 32), start));
  if (!range) return null;
  const lower = parseNumber(range[1] ?? "");
  const rangeStart = start - range[0].length;
  if (!(lower < upper)) return null;
  if (/ and $/i.test(range[0]) && !/^between /i.test(range[0])) return null;
  if (/\bfrom $/i.test(body.slice(Math.max(0, rangeStart - 5), rangeStart))) return null;
  return { lower, start: rangeStart };
}
