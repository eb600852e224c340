import { createRoute } from "@hono/zod-openapi";
import type { AppContext } from "../app-context.ts";
import { JobStatsSchema } from "../schemas/feed-schemas.ts";
import { createRouter } from "./openapi-hono.ts";

const jobStats = createRoute({
  method: "get",
  path: "/stats",
  tags: ["jobs"],
  summary: "Queued, active, completed and failed (dead-lettered) jobs per kind",
  responses: {
    200: {
      description: "Counts per kind",
      content: { "application/json": { schema: JobStatsSchema } },
    },
  },
});

export const createJobRoutes = (ctx: AppContext) =>
  createRouter().openapi(jobStats, async (c) => c.json(await ctx.jobs.stats(), 200));
