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
  /** Where or when it was said, as written: "an interview with CNN", "at Incheon International Airport". */
  occasion: z.string().nullable(),
});
export type Quote = z.infer<typeof QuoteSchema>;
