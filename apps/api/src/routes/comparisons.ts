import { createRoute, z } from "@hono/zod-openapi";
import type { Comparison } from "@parallax/core";
import type { Context, TypedResponse } from "hono";
import type { AppContext } from "../app-context.ts";
import { ComparisonDoc, StoryIdSchema } from "../schemas/api-schemas.ts";
import { ERRORS } from "./error-responses.ts";
import { createRouter } from "./openapi-hono.ts";

const StoryParams = z.object({ id: StoryIdSchema.openapi({ param: { name: "id", in: "path" } }) });

const comparisonResponses = {
  200: {
    description: "The story's comparison (cached until its articles or the aligner change)",
    content: { "application/json": { schema: ComparisonDoc } },
  },
  304: { description: "Not modified (If-None-Match matched the ETag)" },
  400: ERRORS[400],
  404: ERRORS[404],
  422: ERRORS[422],
  503: ERRORS[503],
} as const;

// The comparison and its JSON download share one response contract; only path and summary differ.
const comparisonRoute = <P extends string>(path: P, summary: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["comparisons"],
    summary,
    request: { params: StoryParams },
    responses: comparisonResponses,
  });

const getComparison = comparisonRoute("/{id}/comparison", "Compare the story's articles");
const exportJson = comparisonRoute(
  "/{id}/comparison.json",
  "The comparison as a JSON file download",
);

const exportMarkdown = createRoute({
  method: "get",
  path: "/{id}/comparison.md",
  tags: ["comparisons"],
  summary: "The comparison as a Markdown report download",
  request: { params: StoryParams },
  responses: {
    200: { description: "Markdown report", content: { "text/markdown": { schema: z.string() } } },
    304: { description: "Not modified (If-None-Match matched the ETag)" },
    400: ERRORS[400],
    404: ERRORS[404],
    422: ERRORS[422],
    503: ERRORS[503],
  },
});

const etagMatches = (header: string | undefined, etag: string) =>
  header?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag) ?? false;

const acceptsGzip = (header: string | undefined) =>
  /\bgzip\b(?!\s*;\s*q=0(\.0*)?\b)/.test(header ?? "");

const fileName = (storyId: string, ext: string) => `parallax-comparison-${storyId}.${ext}`;

export const createComparisonRoutes = (ctx: AppContext) => {
  // The cached comparison is already a JSON string: it is sent as is, while the declared type
  // keeps the `hc` client typed as Comparison.
  const send = async (c: Context, storyId: string, attachment: boolean) => {
    const cached = await ctx.comparisons.get(storyId);
    const headers: Record<string, string> = {
      etag: cached.etag,
      "cache-control": "no-cache",
      vary: "accept-encoding",
    };
    if (etagMatches(c.req.header("if-none-match"), cached.etag)) {
      return c.body(null, 304, headers) as unknown as TypedResponse<never, 304>;
    }
    headers["content-type"] = "application/json; charset=utf-8";
    if (attachment) {
      headers["content-disposition"] = `attachment; filename="${fileName(storyId, "json")}"`;
    }
    const gzip = acceptsGzip(c.req.header("accept-encoding"));
    if (gzip) headers["content-encoding"] = "gzip";
    return c.body(gzip ? cached.gzip : cached.bytes, 200, headers) as unknown as TypedResponse<
      Comparison,
      200,
      "json"
    >;
  };
  return createRouter()
    .openapi(getComparison, (c) => send(c, c.req.valid("param").id, false))
    .openapi(exportJson, (c) => send(c, c.req.valid("param").id, true))
    .openapi(exportMarkdown, async (c) => {
      const { id } = c.req.valid("param");
      const markdown = await ctx.comparisons.markdown(id);
      const headers: Record<string, string> = {
        etag: markdown.etag,
        "cache-control": "no-cache",
        vary: "accept-encoding",
      };
      if (etagMatches(c.req.header("if-none-match"), markdown.etag)) {
        return c.body(null, 304, headers);
      }
      headers["content-type"] = "text/markdown; charset=utf-8";
      headers["content-disposition"] = `attachment; filename="${fileName(id, "md")}"`;
      const gzip = acceptsGzip(c.req.header("accept-encoding"));
      if (gzip) headers["content-encoding"] = "gzip";
      return c.body(gzip ? markdown.gzip : markdown.bytes, 200, headers);
    });
};
