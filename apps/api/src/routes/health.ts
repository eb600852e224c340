import { createRoute } from "@hono/zod-openapi";
import { sql } from "kysely";
import type { AppContext } from "../app-context.ts";
import { HealthSchema } from "../schemas/api-schemas.ts";
import { createRouter } from "./openapi-hono.ts";

const health = createRoute({
  method: "get",
  path: "/",
  tags: ["health"],
  summary: "Liveness: the server and its database answer",
  responses: {
    200: { description: "Healthy", content: { "application/json": { schema: HealthSchema } } },
  },
});

export const createHealthRoutes = (ctx: AppContext) =>
  createRouter().openapi(health, async (c) => {
    await sql`select 1`.execute(ctx.store.database.db);
    return c.json(
      {
        status: "ok" as const,
        database: ctx.store.database.kind,
        alignerVersion: ctx.alignerVersion,
      },
      200,
    );
  });
