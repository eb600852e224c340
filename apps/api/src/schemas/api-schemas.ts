import { z } from "@hono/zod-openapi";
import {
  ArticleIdSchema,
  ArticleSchema,
  ComparisonSchema,
  ExtractionSchema,
  OutletSchema,
} from "@parallax/core";

// Response shapes of the API, built from the core schemas (never re-declared) so the OpenAPI
// document, the validation and the `hc` client types all come from one source.

// `.meta({ id })` names the OpenAPI component; core's schemas may be created before
// @hono/zod-openapi adds `.openapi()` to zod, so the plain zod call is used for them.
export const ArticleDoc = ArticleSchema.meta({ id: "Article" });
export const ExtractionDoc = ExtractionSchema.meta({ id: "Extraction" });
export const ComparisonDoc = ComparisonSchema.meta({ id: "Comparison" });

export const ErrorBodySchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "INVALID_INPUT" }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .openapi("Error");

export const StoryIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "a story id is 1-64 letters, digits, '-' or '_'")
  .openapi({ example: "2f9c1d6e-5a1b-4c86-9a55-0c3e7f1b2d4a" });

export const GroupingDecisionSchema = z.enum(["explicit", "joined", "new"]);

export const GroupingSchema = z
  .object({
    /** explicit: the client named the story; joined: matched an existing story; new: started one. */
    decision: GroupingDecisionSchema,
    /** Resemblance to the chosen story in [0, 1]; 1 for an explicit choice, best rival for "new". */
    score: z.number().min(0).max(1),
    /** The article's story; null only for an existing article whose story was since deleted. */
    storyId: StoryIdSchema.nullable(),
  })
  .openapi("Grouping");

export const ArticleSummarySchema = z
  .object({
    id: ArticleIdSchema,
    outlet: OutletSchema,
    headline: ArticleSchema.shape.headline,
    /** `publishedAt.value` of the article (ISO date or date-time), null when unknown. */
    publishedAt: z.string().nullable(),
    url: z.string().nullable(),
    wordCount: z.int().nonnegative(),
    storyId: StoryIdSchema.nullable(),
    addedAt: z.iso.datetime(),
    grouping: z.object({ decision: GroupingDecisionSchema, score: z.number().min(0).max(1) }),
  })
  .openapi("ArticleSummary");
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const ArticlePageSchema = z
  .object({ items: z.array(ArticleSummarySchema), nextCursor: z.string().nullable() })
  .openapi("ArticlePage");

export const ArticleCreatedSchema = z
  .object({ article: ArticleDoc, storyId: StoryIdSchema.nullable(), grouping: GroupingSchema })
  .openapi("ArticleCreated");

export const ArticleDetailSchema = z
  .object({
    article: ArticleDoc,
    extraction: ExtractionDoc,
    storyId: StoryIdSchema.nullable(),
    // Optional in the schema only so clients written before it still type-check; always sent.
    currentId: ArticleIdSchema.optional().meta({
      description:
        "Id of the article's latest version: article.id unless the page changed since (then article is the earlier version this id names)",
    }),
  })
  .openapi("ArticleDetail");

export const StorySchema = z
  .object({
    id: StoryIdSchema,
    name: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi("Story");
export type Story = z.infer<typeof StorySchema>;

export const StorySummarySchema = StorySchema.extend({
  articleCount: z.int().nonnegative(),
  outlets: z.array(OutletSchema),
  /** Earliest and latest publication among the story's articles (ISO), null when none is dated. */
  dateRange: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
  /** Conflicting claim groups in the cached comparison; null until a current one is computed. */
  conflictCount: z.int().nonnegative().nullable(),
  /** Articles of the story whose page changed after it was added (they have a newer version). */
  changedArticleCount: z.int().nonnegative(),
}).openapi("StorySummary");
export type StorySummary = z.infer<typeof StorySummarySchema>;

export const StoryDetailSchema = StorySummarySchema.extend({
  articles: z.array(ArticleSummarySchema),
}).openapi("StoryDetail");
export type StoryDetail = z.infer<typeof StoryDetailSchema>;

export const HealthSchema = z
  .object({
    status: z.literal("ok"),
    database: z.enum(["sqlite", "postgres"]),
    alignerVersion: z.string(),
  })
  .openapi("Health");
