import { z } from "zod";
import { SpanSchema } from "./span.ts";

/** Another outlet or agency an article relies on. */
export const SourceSchema = z.object({
  name: z.string(),
  via: z.enum(["reported-by", "according-to", "photo-credit", "embedded-post"]),
  /** Where the body names it; null for captions and embeds, which sit outside the body. */
  span: SpanSchema.nullable(),
});
export type Source = z.infer<typeof SourceSchema>;
