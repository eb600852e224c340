import { createRoute, z } from "@hono/zod-openapi";
import { ArticleIdSchema, OutletSchema } from "@parallax/core";
import type { AppContext } from "../app-context.ts";
import { currentArticleId } from "../articles/current-article-id.ts";
import {
  parseStoredArticle,
  parseStoredExtraction,
} from "../db/repositories/article-repository.ts";
import { notFound } from "../errors.ts";
import {
  ArticleCreatedSchema,
  ArticleDetailSchema,
  ArticlePageSchema,
  StoryIdSchema,
} from "../schemas/api-schemas.ts";
import { singleLineText } from "../schemas/single-line-text.ts";
import { DELETE_ERRORS, ERRORS, WRITE_ERRORS } from "./error-responses.ts";
import { createRouter } from "./openapi-hono.ts";

export const AddArticleBodySchema = z
  .object({
    outlet: singleLineText(200, 'outlet is required, e.g. "Korea JoongAng Daily"'),
    text: z.string().optional().openapi({ description: "The article as plain text" }),
    html: z.string().optional().openapi({ description: "The article page as HTML" }),
    url: z
      .url({ protocol: /^https?$/, error: "url must be an http(s) URL" })
      .max(2048)
      .optional()
      .openapi({ description: "Fetched when neither text nor html is given; else recorded" }),
    storyId: StoryIdSchema.optional().openapi({
      description: "Put the article in this story; omitted: grouped automatically",
    }),
  })
  .superRefine((body, ctx) => {
    if (body.text !== undefined && body.html !== undefined) {
      ctx.addIssue({ code: "custom", path: ["html"], message: "give text or html, not both" });
    }
    if (body.text === undefined && body.html === undefined && body.url === undefined) {
      ctx.addIssue({ code: "custom", path: ["text"], message: "give one of text, html or url" });
    }
  })
  .openapi("AddArticle");

const ArticleIdParams = z.object({ id: ArticleIdSchema });

const addArticle = createRoute({
  method: "post",
  path: "/",
  tags: ["articles"],
  summary: "Add an article (text, HTML or a URL to fetch); grouped into a story",
  request: {
    body: { required: true, content: { "application/json": { schema: AddArticleBodySchema } } },
  },
  responses: {
    201: {
      description: "Stored",
      content: { "application/json": { schema: ArticleCreatedSchema } },
    },
    200: {
      description: "The same content was already stored (idempotent by content hash)",
      content: { "application/json": { schema: ArticleCreatedSchema } },
    },
    ...WRITE_ERRORS,
    404: ERRORS[404],
    409: ERRORS[409],
    422: ERRORS[422],
    502: ERRORS[502],
    504: ERRORS[504],
  },
});

const listArticles = createRoute({
  method: "get",
  path: "/",
  tags: ["articles"],
  summary: "List articles in the order they were added, a page at a time",
  request: {
    query: z.object({
      storyId: StoryIdSchema.optional(),
      outlet: OutletSchema.shape.id.optional().openapi({ description: "Outlet id (slug)" }),
      limit: z.coerce.number().int().min(1).max(200).default(50),
      cursor: z.string().max(512).optional(),
    }),
  },
  responses: {
    200: {
      description: "One page",
      content: { "application/json": { schema: ArticlePageSchema } },
    },
    400: ERRORS[400],
  },
});

const getArticle = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["articles"],
  summary: "One article with its extraction",
  request: { params: ArticleIdParams },
  responses: {
    200: { description: "Found", content: { "application/json": { schema: ArticleDetailSchema } } },
    400: ERRORS[400],
    404: ERRORS[404],
  },
});

const deleteArticle = createRoute({
  method: "delete",
  path: "/{id}",
  tags: ["articles"],
  summary: "Delete an article (its story's comparison is recomputed)",
  request: { params: ArticleIdParams },
  responses: {
    204: { description: "Deleted" },
    ...DELETE_ERRORS,
  },
});

export const createArticleRoutes = (ctx: AppContext) =>
  createRouter()
    .openapi(addArticle, async (c) => {
      const result = await ctx.ingest.add(c.req.valid("json"));
      const body = { article: result.article, storyId: result.storyId, grouping: result.grouping };
      return result.created ? c.json(body, 201) : c.json(body, 200);
    })
    .openapi(listArticles, async (c) => {
      const { storyId, outlet, limit, cursor } = c.req.valid("query");
      const page = await ctx.store.articles.list({ storyId, outletId: outlet, limit, cursor });
      return c.json(page, 200);
    })
    .openapi(getArticle, async (c) => {
      const { id } = c.req.valid("param");
      const row = await ctx.store.articles.find(id);
      if (!row) {
        // An earlier version's id: that version (what the id names), and the latest's id.
        const earlier = await ctx.store.versions.findByContentId(id);
        const current = earlier && (await ctx.store.articles.findSummary(earlier.current_id));
        if (!earlier || !current) throw notFound("article", id);
        c.header("Link", `</api/articles/${current.id}>; rel="latest-version"`);
        return c.json(
          {
            article: parseStoredArticle(earlier.article_json),
            extraction: parseStoredExtraction(earlier.extraction_json),
            storyId: current.storyId,
            currentId: current.id,
          },
          200,
        );
      }
      const article = parseStoredArticle(row.article_json);
      let extraction = parseStoredExtraction(row.extraction_json);
      if (row.extraction_version !== ctx.alignerVersion) {
        // A newer aligner reads more out of the same text: refresh the stored extraction once.
        const fresh = await ctx.pool.run("extract", { articleJson: row.article_json });
        await ctx.store.articles.updateExtraction(
          id,
          fresh.extraction,
          ctx.alignerVersion,
          fresh.signature,
        );
        extraction = fresh.extraction;
      }
      return c.json({ article, extraction, storyId: row.story_id, currentId: id }, 200);
    })
    .openapi(deleteArticle, async (c) => {
      const id = await currentArticleId(ctx.store, c.req.valid("param").id);
      const row = await ctx.store.articles.find(id);
      if (!row || !(await ctx.store.articles.delete(id))) throw notFound("article", id);
      if (row.story_id) await ctx.store.stories.touch(row.story_id, ctx.clock().toISOString());
      return c.body(null, 204);
    });
