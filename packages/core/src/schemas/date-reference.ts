import { z } from "zod";
import { DatePrecisionSchema } from "./dates.ts";
import { SpanSchema } from "./span.ts";

export const DateReferenceSchema = z.object({
  id: z.string(),
  span: SpanSchema,
  text: z.string(),
  /** Resolved ISO date ("2025-10-19"), or null when it cannot be resolved. */
  value: z.iso.date().nullable(),
  /** End of a range ("from the 16th to the 20th"), else null. */
  endValue: z.iso.date().nullable(),
  precision: DatePrecisionSchema,
  /**
   * resolved: from the text and the publication date; inferred: the anchor came from other
   * evidence (a dated caption or embedded post) because the article has no date; unresolved.
   */
  status: z.enum(["resolved", "inferred", "unresolved"]),
});
export type DateReference = z.infer<typeof DateReferenceSchema>;
