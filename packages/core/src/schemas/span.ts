import { z } from "zod";

/** Articles are identified by a content hash: 16 lowercase hex characters. */
export const ArticleIdSchema = z
  .string()
  .regex(/^[0-9a-f]{16}$/, "an article id is 16 lowercase hex characters");
export type ArticleId = z.infer<typeof ArticleIdSchema>;

/**
 * A half-open range [start, end) of UTF-16 code units in an article's clean `body`.
 * Everything the aligner extracts carries one, so the UI can always show the source.
 */
export const SpanSchema = z
  .object({
    articleId: ArticleIdSchema,
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
  })
  .refine((span) => span.end >= span.start, { message: "span end must not precede its start" });
export type Span = z.infer<typeof SpanSchema>;
