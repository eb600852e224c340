import { z } from "zod";
import { SpanSchema } from "./span.ts";

export const SentenceSchema = z.object({
  /** Unique within the article: "s0", "s1", … */
  id: z.string(),
  index: z.int().nonnegative(),
  paragraphIndex: z.int().nonnegative(),
  span: SpanSchema,
  text: z.string(),
});
export type Sentence = z.infer<typeof SentenceSchema>;
