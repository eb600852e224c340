/// <reference types="node" />
// (The reference lets a browser package that imports AppType typecheck this server code.)
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ALIGNER_VERSION } from "@parallax/aligner";
import { MAX_INPUT_BYTES } from "@parallax/core";
import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppContext } from "./app-context.ts";
import { ArticleIngest } from "./articles/article-ingest.ts";
import { ComparisonService } from "./comparisons/comparison-service.ts";
import { type Config, comparisonLimits } from "./config.ts";
import type { Store } from "./db/store.ts";
import { ApiError, createErrorHandler, notFoundHandler } from "./errors.ts";
import type { JobQueue } from "./jobs/job-queue.ts";
import { createJobQueue } from "./jobs/job-runtime.ts";
import { createLogger, type Logger } from "./logger.ts";
import { requestLog } from "./middleware/request-log.ts";
import { requireAllowedHost } from "./middleware/require-allowed-host.ts";
import { requireJson } from "./middleware/require-json.ts";
import { requireToken } from "./middleware/require-token.ts";
import { requireUtf8 } from "./middleware/require-utf8.ts";
import { securityHeaders } from "./middleware/security-headers.ts";
import { staticFiles } from "./middleware/static-files.ts";
import { writeRateLimit } from "./middleware/write-rate-limit.ts";
import { createApiDocsRoutes } from "./routes/api-docs.ts";
import { createArticleVersionRoutes } from "./routes/article-versions.ts";
import { createArticleRoutes } from "./routes/articles.ts";
import { createComparisonRoutes } from "./routes/comparisons.ts";
import { createFeedRoutes } from "./routes/feeds.ts";
import { createHealthRoutes } from "./routes/health.ts";
import { createJobRoutes } from "./routes/jobs.ts";
import { createRouter } from "./routes/openapi-hono.ts";
import { createStoryRoutes } from "./routes/stories.ts";
import { createWorkerPool, type WorkerPool } from "./workers/worker-pool.ts";

export type AppDeps = {
  store: Store;
  config: Config;
  clock?: () => Date;
  logger?: Logger;
  /** Worker threads for parsing, extraction and comparison; created from config when omitted. */
  pool?: WorkerPool;
  /** The job queue whose stats /api/jobs/stats shows; created from config when omitted. */
  jobs?: JobQueue;
  /** Shared with the jobs of this process (same grouping lock, same comparison cache). */
  ingest?: ArticleIngest;
  comparisons?: ComparisonService;
};

/**
 * JSON bodies may exceed the article they carry (escapes, the other fields), so the body limit
 * sits above core's MAX_INPUT_BYTES; text within it but over MAX_INPUT_BYTES is refused by
 * parseArticle with TOO_LARGE, which is also a 413.
 */
export const MAX_BODY_BYTES = MAX_INPUT_BYTES + 512 * 1024;

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const BODY_METHODS = new Set(["POST", "PUT", "PATCH"]);

const onlyFor =
  (methods: Set<string>, middleware: MiddlewareHandler): MiddlewareHandler =>
  (c, next) =>
    methods.has(c.req.method) ? middleware(c, next) : next();

/** Builds the whole HTTP app over a migrated store; no I/O happens until a request arrives. */
export function createApp(deps: AppDeps) {
  const { store, config } = deps;
  const clock = deps.clock ?? (() => new Date());
  const logger = deps.logger ?? createLogger(config.logLevel);
  const pool = deps.pool ?? createWorkerPool({ size: config.workers, logger });
  const ctx: AppContext = {
    store,
    config,
    clock,
    logger,
    pool,
    alignerVersion: ALIGNER_VERSION,
    comparisons:
      deps.comparisons ??
      new ComparisonService(store, pool, ALIGNER_VERSION, clock, logger, comparisonLimits(config)),
    ingest: deps.ingest ?? new ArticleIngest(store, pool, config, clock, ALIGNER_VERSION),
    jobs: deps.jobs ?? createJobQueue(config, logger),
  };

  const app = createRouter();
  app.onError(createErrorHandler(logger));
  app.notFound(notFoundHandler);

  app.use("*", requestLog(logger, config.apiToken !== null));
  app.use("*", securityHeaders);
  app.use("*", requireAllowedHost(config.allowedHosts));
  // Any write may change a story: remembered comparison keys are rechecked afterwards.
  app.use("/api/*", async (c, next) => {
    await next();
    if (WRITE_METHODS.has(c.req.method)) ctx.comparisons.invalidate();
  });
  // Write guards, cheapest first: rate limit, token, content type, then the body size.
  app.use("/api/*", onlyFor(WRITE_METHODS, writeRateLimit(config.writeRateLimit, clock)));
  if (config.apiToken) app.use("/api/*", onlyFor(WRITE_METHODS, requireToken(config.apiToken)));
  app.use("/api/*", onlyFor(BODY_METHODS, requireJson));
  app.use(
    "/api/*",
    onlyFor(
      BODY_METHODS,
      bodyLimit({
        maxSize: MAX_BODY_BYTES,
        onError: () => {
          throw new ApiError(
            413,
            "PAYLOAD_TOO_LARGE",
            `the request body is over ${MAX_BODY_BYTES} bytes; articles are limited to ${MAX_INPUT_BYTES} bytes`,
          );
        },
      }),
    ),
  );
  app.use("/api/*", onlyFor(BODY_METHODS, requireUtf8));

  const api = app
    .route("/api/health", createHealthRoutes(ctx))
    .route("/api/articles", createArticleRoutes(ctx))
    .route("/api/stories", createStoryRoutes(ctx))
    .route("/api/stories", createComparisonRoutes(ctx))
    .route("/api/articles", createArticleVersionRoutes(ctx))
    .route("/api/feeds", createFeedRoutes(ctx))
    .route("/api/jobs", createJobRoutes(ctx));

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Parallax API",
      version: "0.1.0",
      description:
        "Add news articles, group them into stories and compare how outlets report them.",
    },
  });
  app.route("/api/docs", createApiDocsRoutes());

  if (config.webDistDir && existsSync(join(config.webDistDir, "index.html"))) {
    const web = staticFiles({ root: config.webDistDir, fallback: "index.html", warm: true });
    app.use("/*", async (c, next) =>
      c.req.path.startsWith("/api/") || c.req.path === "/api" ? next() : web(c, next),
    );
  }

  return api;
}

/** The route types of the API, for `hc<AppType>` in the web UI. */
export type AppType = ReturnType<typeof createApp>;
