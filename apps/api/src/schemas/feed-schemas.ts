import { z } from "@hono/zod-openapi";
import { ArticleIdSchema, ConflictKindSchema } from "@parallax/core";
import { StoryIdSchema } from "./api-schemas.ts";
import { singleLineText } from "./single-line-text.ts";

// Shapes of the feeds, jobs and article-version endpoints.

export const FeedIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "a feed id is 1-64 letters, digits, '-' or '_'");

const IntervalSchema = z
  .number()
  .int("intervalSeconds must be a whole number of seconds")
  .min(1)
  .max(604_800, "intervalSeconds is at most 604800 (a week)");

export const AddFeedSchema = z
  .object({
    url: z
      .url({
        protocol: /^https?$/,
        error: "url must be an http(s) URL of an RSS, Atom or JSON feed",
      })
      .max(2048),
    outlet: singleLineText(200, 'outlet is required, e.g. "Korea JoongAng Daily"'),
    intervalSeconds: IntervalSchema.optional().openapi({
      description: "Seconds between polls; default PARALLAX_FEED_INTERVAL_SECONDS (900)",
    }),
  })
  .openapi("AddFeed");

export const UpdateFeedSchema = z
  .object({
    outlet: singleLineText(200, "outlet must not be empty").optional(),
    paused: z.boolean().optional(),
    intervalSeconds: IntervalSchema.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, {
    message: "give at least one of outlet, paused, intervalSeconds",
  })
  .openapi("UpdateFeed");

export const FeedItemCountsSchema = z.object({
  pending: z.int().nonnegative(),
  ingested: z.int().nonnegative(),
  duplicate: z.int().nonnegative(),
  failed: z.int().nonnegative(),
});

export const FeedSchema = z
  .object({
    id: FeedIdSchema,
    url: z.string(),
    outlet: z.string(),
    paused: z.boolean(),
    intervalSeconds: z.int().positive(),
    /** "new" until the first poll; then the last poll's outcome. */
    status: z.enum(["new", "ok", "not_modified", "error"]),
    lastPolledAt: z.iso.datetime().nullable(),
    lastError: z.object({ code: z.string(), message: z.string() }).nullable(),
    consecutiveFailures: z.int().nonnegative(),
    nextPollAt: z.iso.datetime(),
    createdAt: z.iso.datetime(),
    items: FeedItemCountsSchema,
  })
  .openapi("Feed");
export type Feed = z.infer<typeof FeedSchema>;

export const FeedItemSchema = z
  .object({
    id: z.string(),
    guid: z.string(),
    url: z.string(),
    title: z.string().nullable(),
    /** The item's date as the feed gave it (ISO), null when missing or unreadable. */
    publishedAt: z.string().nullable(),
    firstSeenAt: z.iso.datetime(),
    status: z.enum(["pending", "ingested", "duplicate", "failed"]),
    /** Id of the article's latest version (GET /api/articles/{id}); null until ingested. */
    articleId: ArticleIdSchema.nullable(),
    /** The article's story, so a reader can follow an item to it; null until grouped. */
    storyId: StoryIdSchema.nullable(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
  })
  .openapi("FeedItem");

export const FeedDetailSchema = FeedSchema.extend({
  recentItems: z.array(FeedItemSchema),
}).openapi("FeedDetail");

export const JobStatsSchema = z
  .object({
    backend: z.enum(["memory", "pg-boss"]),
    queues: z.array(
      z.object({
        name: z.enum(["feed-poll", "item-ingest", "article-refetch", "story-compare"]),
        queued: z.int().nonnegative(),
        active: z.int().nonnegative(),
        completed: z.int().nonnegative(),
        failed: z.int().nonnegative(),
      }),
    ),
  })
  .openapi("JobStats");

export const ArticleVersionSchema = z.object({
  version: z.int().positive(),
  /** Content hash of this version's page. */
  contentId: ArticleIdSchema,
  headline: z.string().nullable(),
  fetchedAt: z.iso.datetime(),
});

export const ArticleVersionsSchema = z
  .object({
    /** The first version's id; stays the same as the article changes. */
    articleKey: ArticleIdSchema,
    /** Id of the latest version: the article as stories and comparisons use it now. */
    currentId: ArticleIdSchema,
    url: z.string().nullable(),
    versions: z.array(ArticleVersionSchema),
    refetch: z
      .object({
        fetchCount: z.int().nonnegative(),
        lastFetchedAt: z.iso.datetime().nullable(),
        nextFetchAt: z.iso.datetime().nullable(),
        lastError: z.string().nullable(),
      })
      .nullable(),
  })
  .openapi("ArticleVersions");

const BeforeAfter = z.object({ before: z.string().nullable(), after: z.string().nullable() });

export const VersionDiffSchema = z
  .object({
    articleKey: ArticleIdSchema,
    from: ArticleVersionSchema,
    to: ArticleVersionSchema,
    /** Null when the headline is the same. */
    headline: BeforeAfter.nullable(),
    /** Figures, dates, speakers or titles the aligner found changed between the two versions. */
    changed: z.array(
      BeforeAfter.extend({
        kind: ConflictKindSchema,
        subject: z.string(),
      }),
    ),
    quotes: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    /** Claims only one version makes. */
    claims: z.object({ added: z.array(z.string()), removed: z.array(z.string()) }),
    /** Paragraphs of the later version that read as a correction or an editor's note. */
    corrections: z.array(z.string()),
  })
  .openapi("VersionDiff");
export type VersionDiff = z.infer<typeof VersionDiffSchema>;
