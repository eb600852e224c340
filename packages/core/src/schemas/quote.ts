import { z } from "zod";
import { SpanSchema } from "./span.ts";

export const QuoteSchema = z.object({
  id: z.string(),
  /** The quoted words (direct) or the reported content (indirect), without quotation marks. */
  span: SpanSchema,
  text: z.string(),
  direct: z.boolean(),
  /** Id of the speaking entity in the same article; null when unknown or ambiguous. */
  speakerId: z.string().nullable(),
  speakerStatus: z.enum(["resolved", "ambiguous", "unknown"]),
  /** The attribution words, e.g. "Kim told reporters". */
  cue: SpanSchema.nullable(),
  /** Where or when it was said, as written: "an interview with CNN", "at Harbour City International Airport". */
  occasion: z.string().nullable(),
  /**
   * The report the article has these words from, when it passes them on second-hand: in
   * `“…,” Roe said, according to the Herald` the speaker stays Roe and `via` is the Herald.
   * `entityId` is null when the report names no one ("according to a transcript of the call").
   * Absent (null) in extractions stored before it existed.
   */
  via: z
    .object({
      entityId: z.string().nullable(),
      /** The report as the article names it: "the Herald", "a transcript of the call". */
      text: z.string(),
      span: SpanSchema,
    })
    .nullable()
    .default(null),
});
export type Quote = z.infer<typeof QuoteSchema>;
