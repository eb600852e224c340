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
