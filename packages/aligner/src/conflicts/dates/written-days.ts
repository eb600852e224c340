import { absoluteDay } from "../../extract/dates/absolute-day.ts";

/** The month stems a written calendar date opens or ends on ("Mar.", "March", "Sept"). */
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";

/** A calendar date written out: "4 November", "Nov. 4", "2025-11-04" (day-values.ts). */
export const WRITTEN_DAY = new RegExp(
  String.raw`\b${MONTH}[a-z]*\.?\s+\d{1,2}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\s+${MONTH}`,
  "i",
);

/** The same, with an ordinal after the day ("July 21st"): a date restating a day (restated-days.ts). */
export const WRITTEN_DAY_OR_ORDINAL = new RegExp(
  String.raw`\b${MONTH}[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\s+${MONTH}`,
  "i",
);

/**
 * The calendar day a date's words write in full — day, month and year — as a day number, else null
 * ("on Tuesday 14 March 2023", "Mar. 14, 2023"): what the words say (read by chrono-node), not a
 * day resolved from a weekday and the publication date (conflicts/dates/row-completion.ts
 * `sameFullDay`).
 */
export function fullWrittenDay(text: string): number | null {
  const { day, explicitYear } = absoluteDay(text, null);
  return explicitYear ? day : null;
}
