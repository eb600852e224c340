import { z } from "zod";
import { SpanSchema } from "./span.ts";

export const ClaimKindSchema = z.enum([
  "reported-speech",
  "fact",
  "prediction",
  "opinion",
  "attribution",
]);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const ClaimSchema = z.object({
  id: z.string(),
  sentenceId: z.string(),
  span: SpanSchema,
  text: z.string(),
  kind: ClaimKindSchema,
  entityIds: z.array(z.string()),
  quoteIds: z.array(z.string()),
  figureIds: z.array(z.string()),
  dateIds: z.array(z.string()),
  /** The outlet the claim is credited to ("Benzinga reported"), else null. */
  attributedTo: z.string().nullable(),
});
export type Claim = z.infer<typeof ClaimSchema>;
