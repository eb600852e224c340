import { z } from "zod";
import { ClaimSchema } from "./claim.ts";
import { DateReferenceSchema } from "./date-reference.ts";
import { EntitySchema } from "./entity.ts";
import { FigureSchema } from "./figure.ts";
import { QuoteSchema } from "./quote.ts";
import { SentenceSchema } from "./sentence.ts";
import { SourceSchema } from "./source.ts";
import { ArticleIdSchema } from "./span.ts";

/** Everything the aligner reads out of one article. */
export const ExtractionSchema = z.object({
  articleId: ArticleIdSchema,
  sentences: z.array(SentenceSchema),
  claims: z.array(ClaimSchema),
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  figures: z.array(FigureSchema),
  dates: z.array(DateReferenceSchema),
  sources: z.array(SourceSchema),
  /** True when the article mostly relays other outlets' reporting. */
  aggregated: z.boolean(),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
