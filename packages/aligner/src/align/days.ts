/**
 * Days as the aligner compares them: an ISO date ("2025-10-24") or an ISO interval of dates
 * ("2025-10-13/2025-10-19" for "last week").
 */
export type DayOrInterval = string;

const DAY = 86_400_000;

/**
 * Parsed bounds by value. Day gaps are taken for every candidate pair and every group merge, over a
 * story's few distinct days: parsing each time was a visible share of alignment on large stories.
 * Keyed by the full value and emptied when full, so it stays bounded and never changes a result.
 */
const parsedBounds = new Map<DayOrInterval, readonly [number, number]>();
const PARSED_BOUNDS_LIMIT = 4096;

function bounds(value: DayOrInterval): readonly [number, number] {
  const known = parsedBounds.get(value);
  if (known) return known;
  const [from, to] = value.split("/");
  const start = Date.parse((from as string).slice(0, 10));
  const parsed = [start, to ? Date.parse(to.slice(0, 10)) : start] as const;
  if (parsedBounds.size >= PARSED_BOUNDS_LIMIT) parsedBounds.clear();
  parsedBounds.set(value, parsed);
  return parsed;
}

/** Whole days between two days or intervals; 0 when they overlap. */
export function dayGap(a: DayOrInterval, b: DayOrInterval): number {
  // Read by index, not destructured: destructuring runs the array iterator, garbage on every call.
  const x = bounds(a);
  const y = bounds(b);
  return Math.max(0, x[0] - y[1], y[0] - x[1]) / DAY;
}

/** The interval a date reference stands for: its day, or its week for "last week". */
export function dayOrWeek(
  value: string,
  precision: string,
  endValue: string | null,
): DayOrInterval {
  const day = value.slice(0, 10);
  if (endValue) return `${day}/${endValue.slice(0, 10)}`;
  if (precision === "week") {
    const end = new Date(Date.parse(day) + 6 * DAY).toISOString().slice(0, 10);
    return `${day}/${end}`;
  }
  return day;
}
