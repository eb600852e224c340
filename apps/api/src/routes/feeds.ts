import { createRoute, z } from "@hono/zod-openapi";
import type { AppContext } from "../app-context.ts";
import { ApiError, notFound } from "../errors.ts";
import { toFeed, toFeedItem } from "../feeds/feed-view.ts";
import {
  AddFeedSchema,
  FeedDetailSchema,
  FeedIdSchema,
  FeedSchema,
  UpdateFeedSchema,
} from "../schemas/feed-schemas.ts";
import { DELETE_ERRORS, ERRORS, WRITE_ERRORS } from "./error-responses.ts";
import { createRouter } from "./openapi-hono.ts";

const FeedParams = z.object({ id: FeedIdSchema.openapi({ param: { name: "id", in: "path" } }) });
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});
const RECENT_ITEMS = 50;

const addFeed = createRoute({
  method: "post",
  path: "/",
  tags: ["feeds"],
  summary: "Follow an RSS, Atom or JSON feed; its new items become articles, grouped into stories",
  request: { body: { required: true, content: { "application/json": { schema: AddFeedSchema } } } },
  responses: { 201: json(FeedSchema, "Following"), ...WRITE_ERRORS, 409: ERRORS[409] },
});

const listFeeds = createRoute({
  method: "get",
  path: "/",
  tags: ["feeds"],
  summary: "Every feed with its last poll, status, error and item counts",
  responses: { 200: json(z.object({ items: z.array(FeedSchema) }), "All feeds") },
});

const getFeed = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["feeds"],
  summary: `One feed with its ${RECENT_ITEMS} most recent items`,
  request: { params: FeedParams },
  responses: { 200: json(FeedDetailSchema, "Found"), 400: ERRORS[400], 404: ERRORS[404] },
});

const updateFeed = createRoute({
  method: "patch",
  path: "/{id}",
  tags: ["feeds"],
  summary: "Pause or resume a feed, rename its outlet or change its interval",
  request: {
    params: FeedParams,
    body: { required: true, content: { "application/json": { schema: UpdateFeedSchema } } },
  },
  responses: { 200: json(FeedSchema, "Updated"), ...WRITE_ERRORS, 404: ERRORS[404] },
});

const pollNow = createRoute({
  method: "post",
  path: "/{id}/poll",
  tags: ["feeds"],
  summary: "Poll the feed at the next scheduler pass instead of waiting for its interval",
  request: { params: FeedParams },
  responses: { 202: json(FeedSchema, "Poll scheduled"), ...DELETE_ERRORS, 409: ERRORS[409] },
});

const deleteFeed = createRoute({
  method: "delete",
  path: "/{id}",
  tags: ["feeds"],
  summary: "Stop following a feed; the articles it brought stay",
  request: { params: FeedParams },
  responses: { 204: { description: "Deleted" }, ...DELETE_ERRORS },
});

export const createFeedRoutes = (ctx: AppContext) => {
  const view = async (id: string) => {
    const row = await ctx.store.feeds.find(id);
    if (!row) throw notFound("feed", id);
    return toFeed(row, (await ctx.store.feedItems.countsByFeed()).get(id));
  };
  return createRouter()
    .openapi(addFeed, async (c) => {
      const body = c.req.valid("json");
      const row = await ctx.store.feeds.create({
        url: body.url,
        outlet: body.outlet,
        intervalSeconds: body.intervalSeconds ?? ctx.config.jobs.feedIntervalSeconds,
        now: ctx.clock().toISOString(),
      });
      if (!row) {
        const existing = await ctx.store.feeds.findByUrl(body.url);
        throw new ApiError(
          409,
          "FEED_EXISTS",
          `this feed is followed already as "${existing?.id}"`,
          {
            feedId: existing?.id,
          },
        );
      }
      return c.json(toFeed(row, undefined), 201);
    })
    .openapi(listFeeds, async (c) => {
      const [rows, counts] = await Promise.all([
        ctx.store.feeds.list(),
        ctx.store.feedItems.countsByFeed(),
      ]);
      return c.json({ items: rows.map((row) => toFeed(row, counts.get(row.id))) }, 200);
    })
    .openapi(getFeed, async (c) => {
      const { id } = c.req.valid("param");
      const feed = await view(id);
      const items = await ctx.store.feedItems.listOfFeed(id, RECENT_ITEMS);
      const currentIds = await ctx.store.versions.currentIds(
        items.flatMap((item) => (item.article_key ? [item.article_key] : [])),
      );
      const storyIds = await ctx.store.articles.storyIdsOf(
        items.flatMap((item) =>
          item.article_key ? [currentIds.get(item.article_key) ?? item.article_key] : [],
        ),
      );
      return c.json(
        { ...feed, recentItems: items.map((item) => toFeedItem(item, currentIds, storyIds)) },
        200,
      );
    })
    .openapi(updateFeed, async (c) => {
      const { id } = c.req.valid("param");
      const updated = await ctx.store.feeds.update(
        id,
        c.req.valid("json"),
        ctx.clock().toISOString(),
      );
      if (!updated) throw notFound("feed", id);
      return c.json(await view(id), 200);
    })
    .openapi(pollNow, async (c) => {
      const { id } = c.req.valid("param");
      const row = await ctx.store.feeds.find(id);
      if (!row) throw notFound("feed", id);
      if (row.paused === 1) {
        throw new ApiError(
          409,
          "FEED_PAUSED",
          "the feed is paused; resume it (paused: false) first",
        );
      }
      await ctx.store.feeds.pollNow(id, ctx.clock().toISOString());
      return c.json(await view(id), 202);
    })
    .openapi(deleteFeed, async (c) => {
      const { id } = c.req.valid("param");
      if (!(await ctx.store.feeds.delete(id))) throw notFound("feed", id);
      return c.body(null, 204);
    });
};
