import type { DateReference } from "@parallax/core";

/**
 * Days this far apart or more are two happenings, not one happening two outlets date differently.
 * A weekday two outlets of one day disagree on resolves at most six days apart ("Tuesday" /
 * "Thursday" in articles of a Wednesday); a week or more apart are two contests, two releases, two
 * meetings of a recurring kind, or one weekday resolved in two different weeks (a follow-up
 * article's "Thursday" read against its own later day). Issue 12: on the PolNeAR conflict audit's
 * build half (extra wide, dated), 12 of 20 date rows set days 7 to 36 days apart, all two
 * happenings (two primaries, two document releases, two committee meetings).
 */
export const DAYS_APART_FOR_TWO_HAPPENINGS = 7;

const DAY_MS = 86_400_000;

/** A date's resolved days as day numbers: its day, or the first and last of its range. */
function dayRange(date: DateReference): [number, number] | null {
  if (!date.value) return null;
  const start = Date.parse(date.value) / DAY_MS;
  const end = date.endValue ? Date.parse(date.endValue) / DAY_MS : start;
  return Number.isFinite(start) && Number.isFinite(end) ? [start, end] : null;
}

/**
 * Whether two resolved dates lie a week or more apart (the gap between their ranges): the two
 * days then date two happenings. False when either is unresolved: a weekday by name alone says
 * nothing of the week.
 */
export function weeksApart(x: DateReference, y: DateReference): boolean {
  const a = dayRange(x);
  const b = dayRange(y);
  if (a === null || b === null) return false;
  const gap = Math.max(0, b[0] - a[1], a[0] - b[1]);
  return gap >= DAYS_APART_FOR_TWO_HAPPENINGS;
}
