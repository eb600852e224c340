import { createRoute, z } from "@hono/zod-openapi";
import { ArticleIdSchema } from "@parallax/core";
import type { TypedResponse } from "hono";
import type { AppContext } from "../app-context.ts";
import { currentArticleId } from "../articles/current-article-id.ts";
import { placeInStory } from "../articles/place-in-story.ts";
import { ApiError, notFound } from "../errors.ts";
import {
  ArticleSummarySchema,
  StoryDetailSchema,
  StoryIdSchema,
  StorySummarySchema,
} from "../schemas/api-schemas.ts";
import { singleLineText } from "../schemas/single-line-text.ts";
import { type StoryPage, StoryPageCache } from "../stories/story-page-cache.ts";
import { summarizeStories } from "../stories/story-summaries.ts";
import { DELETE_ERRORS, ERRORS, WRITE_ERRORS } from "./error-responses.ts";
import { createRouter } from "./openapi-hono.ts";

const StoryNameSchema = z
  .object({ name: singleLineText(200, "name must not be empty") })
  .openapi("StoryName");

const StoryParams = z.object({ id: StoryIdSchema.openapi({ param: { name: "id", in: "path" } }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

const createStory = createRoute({
  method: "post",
  path: "/",
  tags: ["stories"],
  summary: "Create an empty story",
  request: {
    body: { required: true, content: { "application/json": { schema: StoryNameSchema } } },
  },
  responses: { 201: json(StorySummarySchema, "Created"), ...WRITE_ERRORS },
});

const listStories = createRoute({
  method: "get",
  path: "/",
  tags: ["stories"],
  summary:
    "Stories in the order they were created, a page at a time, with article counts, outlets, date range and cached conflict count",
  request: {
    query: z.object({
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(512).optional().openapi({
        description: "nextCursor of the previous page; omitted: the first page",
      }),
    }),
  },
  responses: {
    200: json(
      z.object({ items: z.array(StorySummarySchema), nextCursor: z.string().nullable() }),
      "One page",
    ),
    400: ERRORS[400],
  },
});

const getStory = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["stories"],
  summary: "One story with its article summaries (by publication date)",
  request: { params: StoryParams },
  responses: { 200: json(StoryDetailSchema, "Found"), 400: ERRORS[400], 404: ERRORS[404] },
});

const renameStory = createRoute({
  method: "patch",
  path: "/{id}",
  tags: ["stories"],
  summary: "Rename a story",
  request: {
    params: StoryParams,
    body: { required: true, content: { "application/json": { schema: StoryNameSchema } } },
  },
  responses: { 200: json(StorySummarySchema, "Renamed"), ...WRITE_ERRORS, 404: ERRORS[404] },
});

const deleteStory = createRoute({
  method: "delete",
  path: "/{id}",
  tags: ["stories"],
  summary: "Delete a story; its articles stay, ungrouped",
  request: { params: StoryParams },
  responses: {
    204: { description: "Deleted" },
    ...DELETE_ERRORS,
  },
});

const addToStory = createRoute({
  method: "post",
  path: "/{id}/articles",
  tags: ["stories"],
  summary: "Put an existing article into this story",
  request: {
    params: StoryParams,
    body: {
      required: true,
      content: { "application/json": { schema: z.object({ articleId: ArticleIdSchema }) } },
    },
  },
  responses: {
    200: json(z.object({ article: ArticleSummarySchema, storyId: StoryIdSchema }), "In the story"),
    ...WRITE_ERRORS,
    404: ERRORS[404],
    409: ERRORS[409],
  },
});

const removeFromStory = createRoute({
  method: "delete",
  path: "/{id}/articles/{articleId}",
  tags: ["stories"],
  summary: "Take an article out of this story (the article stays, ungrouped)",
  request: {
    params: StoryParams.extend({ articleId: ArticleIdSchema }),
  },
  responses: {
    204: { description: "Removed" },
    ...DELETE_ERRORS,
  },
});

export const createStoryRoutes = (ctx: AppContext) => {
  // Other processes write to PostgreSQL unseen: there a page is reused for a second at most.
  const pages = new StoryPageCache(
    () => ctx.comparisons.changes,
    ctx.store.database.kind === "postgres" ? 1000 : Number.POSITIVE_INFINITY,
  );
  const summary = async (id: string) => {
    const row = await ctx.store.stories.find(id);
    if (!row) throw notFound("story", id);
    const [story] = await summarizeStories(ctx.store, ctx.alignerVersion, [row]);
    return story!;
  };
  return createRouter()
    .openapi(createStory, async (c) => {
      const row = await ctx.store.stories.create(
        c.req.valid("json").name,
        ctx.clock().toISOString(),
      );
      return c.json(await summary(row.id), 201);
    })
    .openapi(listStories, async (c) => {
      const { limit, cursor } = c.req.valid("query");
      const json = await pages.get(`${limit} ${cursor ?? ""}`, async () => {
        const { rows, nextCursor } = await ctx.store.stories.page({ limit, cursor });
        return { items: await summarizeStories(ctx.store, ctx.alignerVersion, rows), nextCursor };
      });
      // Sent as serialised; the declared type keeps the `hc` client typed.
      return c.body(json, 200, {
        "content-type": "application/json",
      }) as unknown as TypedResponse<StoryPage, 200, "json">;
    })
    .openapi(getStory, async (c) => {
      const { id } = c.req.valid("param");
      const story = await summary(id);
      return c.json({ ...story, articles: await ctx.store.articles.summariesOfStory(id) }, 200);
    })
    .openapi(renameStory, async (c) => {
      const { id } = c.req.valid("param");
      const renamed = await ctx.store.stories.rename(
        id,
        c.req.valid("json").name,
        ctx.clock().toISOString(),
      );
      if (!renamed) throw notFound("story", id);
      return c.json(await summary(id), 200);
    })
    .openapi(deleteStory, async (c) => {
      const { id } = c.req.valid("param");
      if (!(await ctx.store.stories.delete(id))) throw notFound("story", id);
      return c.body(null, 204);
    })
    .openapi(addToStory, async (c) => {
      const { id } = c.req.valid("param");
      const articleId = await currentArticleId(ctx.store, c.req.valid("json").articleId);
      await placeInStory(ctx.store, articleId, id, ctx.clock().toISOString());
      const updated = await ctx.store.articles.findSummary(articleId);
      if (!updated) throw notFound("article", articleId);
      return c.json({ article: updated, storyId: id }, 200);
    })
    .openapi(removeFromStory, async (c) => {
      const { id } = c.req.valid("param");
      const articleId = await currentArticleId(ctx.store, c.req.valid("param").articleId);
      const article = await ctx.store.articles.find(articleId);
      if (!article || article.story_id !== id) {
        throw new ApiError(404, "NOT_FOUND", `story "${id}" has no article ${articleId}`);
      }
      await ctx.store.articles.assignStory(articleId, null, {
        decision: article.grouping_decision,
        score: Number(article.grouping_score),
      });
      await ctx.store.stories.touch(id, ctx.clock().toISOString());
      return c.body(null, 204);
    });
};
