import { createRoute, z } from "@hono/zod-openapi";
import { ArticleIdSchema } from "@parallax/core";
import type { AppContext } from "../app-context.ts";
import {
  parseStoredArticle,
  parseStoredExtraction,
} from "../db/repositories/article-repository.ts";
import { ApiError, notFound } from "../errors.ts";
import { ArticleVersionsSchema, VersionDiffSchema } from "../schemas/feed-schemas.ts";
import { diffVersions } from "../versions/version-diff.ts";
import { ERRORS } from "./error-responses.ts";
import { createRouter } from "./openapi-hono.ts";

// core's schemas lack `.openapi()` (see api-schemas.ts); the id of any version of the article.
const Params = z.object({ id: ArticleIdSchema });

const listVersions = createRoute({
  method: "get",
  path: "/{id}/versions",
  tags: ["articles"],
  summary: "Every stored version of an article (re-fetched pages whose text changed)",
  request: { params: Params },
  responses: {
    200: {
      description: "Versions, oldest first",
      content: { "application/json": { schema: ArticleVersionsSchema } },
    },
    400: ERRORS[400],
    404: ERRORS[404],
  },
});

const diff = createRoute({
  method: "get",
  path: "/{id}/versions/diff",
  tags: ["articles"],
  summary: "What changed between two versions, claim by claim (default: the last two)",
  request: {
    params: Params,
    query: z.object({
      from: z.coerce.number().int().min(1).optional(),
      to: z.coerce.number().int().min(1).optional(),
    }),
  },
  responses: {
    200: {
      description: "The changes",
      content: { "application/json": { schema: VersionDiffSchema } },
    },
    400: ERRORS[400],
    404: ERRORS[404],
  },
});

export const createArticleVersionRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(listVersions, async (c) => {
      const { id } = c.req.valid("param");
      const history = await ctx.store.versions.history(id);
      if (!history) {
        // Not (yet) watched: the article itself is its only version.
        const row = await ctx.store.articles.find(id);
        if (!row) throw notFound("article", id);
        return c.json(
          {
            articleKey: id,
            currentId: id,
            url: row.url,
            versions: [
              { version: 1, contentId: id, headline: row.headline, fetchedAt: row.added_at },
            ],
            refetch: null,
          },
          200,
        );
      }
      const { watch, versions } = history;
      return c.json(
        {
          articleKey: watch.article_key,
          currentId: watch.current_id,
          url: watch.url,
          versions: versions.map((v) => ({
            version: Number(v.version),
            contentId: v.content_id,
            headline: v.headline,
            fetchedAt: v.fetched_at,
          })),
          refetch: watch.url
            ? {
                fetchCount: Number(watch.fetch_count),
                lastFetchedAt: watch.last_fetched_at,
                nextFetchAt: watch.next_fetch_at,
                lastError: watch.last_error,
              }
            : null,
        },
        200,
      );
    })
    .openapi(diff, async (c) => {
      const { id } = c.req.valid("param");
      const query = c.req.valid("query");
      const history = await ctx.store.versions.history(id);
      if (!history) throw notFound("article with versions", id);
      const { watch, versions } = history;
      const latest = versions.length;
      if (latest < 2 && query.from === undefined && query.to === undefined) {
        throw new ApiError(404, "NO_CHANGES", "this article has one version only; nothing changed");
      }
      const to = query.to ?? latest;
      const from = query.from ?? to - 1;
      if (from >= to) {
        throw new ApiError(
          400,
          "INVALID_INPUT",
          `from (${from}) must be an earlier version than to (${to})`,
        );
      }
      const [a, b] = await Promise.all([
        ctx.store.versions.version(watch.article_key, from),
        ctx.store.versions.version(watch.article_key, to),
      ]);
      if (!a || !b) {
        throw new ApiError(
          404,
          "NOT_FOUND",
          `the article has versions 1 to ${latest}; ask for those`,
        );
      }
      const side = (row: typeof a) => ({
        version: Number(row.version),
        contentId: row.content_id,
        fetchedAt: row.fetched_at,
        article: parseStoredArticle(row.article_json),
        extraction: parseStoredExtraction(row.extraction_json),
      });
      const { json } = await ctx.pool.run("compare", {
        articleJsons: [a.article_json, b.article_json],
      });
      return c.json(diffVersions(watch.article_key, side(a), side(b), json), 200);
    });
