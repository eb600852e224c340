import { z } from "zod";

/** How exact a date or time is: "Oct. 24" is a day, "24 Oct. 2025, 10:02" a minute. */
export const DatePrecisionSchema = z.enum(["minute", "hour", "day", "week", "month", "year"]);
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;

/**
 * An ISO 8601 calendar date ("2025-10-24") or date-time with offset
 * ("2025-10-24T10:02:00+09:00").
 */
export const IsoDateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
