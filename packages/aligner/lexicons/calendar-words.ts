/**
 * Weekday and month names with their news abbreviations: words that name a time, never a person
 * ("Thursday said", "early Friday saying"). Source: the English calendar; abbreviations as in AP
 * style (Jan., Feb., Aug., Sept., Oct., Nov., Dec.).
 */
export const WEEKDAYS: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** AP abbreviations of months, without their full stop. */
export const MONTH_ABBREVIATIONS: readonly string[] = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];

/** A month written whole or abbreviated (no full stop), as one regular-expression alternation. */
export const MONTH_ALTERNATION = [...MONTHS, ...MONTH_ABBREVIATIONS].join("|");

export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
]);

/**
 * Words for a part of a day or a nearness in time ("Friday night", "early Monday", "late on
 * Tuesday"): they tell when, never what happened. From general English, not from an evaluation
 * corpus; lowercase lemmas.
 */
export const DAY_PARTS: ReadonlySet<string> = new Set([
  "morning",
  "afternoon",
  "evening",
  "night",
  "overnight",
  "midnight",
  "noon",
  "dawn",
  "day",
  "hour",
  "early",
  "late",
  "today",
  "yesterday",
  "tonight",
]);
