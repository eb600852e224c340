/**
 * Load figures for the API (not a test), each printed with the machine's load average:
 *   comparison           cached comparison, gzip (as browsers ask) and identity
 *   stories              GET /api/stories pages (first and deep) with 5,000 stories stored
 *   health-under-flood   /api/health latency while a flood of comparison.md requests runs
 *   post                 POST /api/articles, each a new article (parse + extract + group + store)
 *   pnpm --filter @parallax/api load [--duration 10] [--connections 100] [--url http://host:port]
 *                                    [--scenarios comparison,stories,health-under-flood,post]
 *                                    [--stories 5000]
 * Without --url it starts src/main.ts on a free port with a temporary data directory (demo story
 * loaded, write rate limit off) and stops it afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadCorpus } from "@parallax/corpus";
import { type ServerProcess, startServer } from "../src/testing/server-process.ts";

type Histogram = {
  average: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  max: number;
};
type Result = {
  requests: Histogram & { total: number };
  latency: Histogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodeStats: Record<string, { count: number }>;
  duration: number;
};
type Options = {
  url: string;
  connections: number;
  duration: number;
  /** Worker threads firing the requests (off the thread that measures something else). */
  workers?: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: { setupRequest: (req: Record<string, unknown>) => Record<string, unknown> }[];
};

// autocannon ships CommonJS without type declarations.
const autocannon = createRequire(import.meta.url)("autocannon") as (
  options: Options,
  done: (error: Error | null, result: Result) => void,
) => void;

const run = (options: Options) =>
  new Promise<Result>((resolve, reject) =>
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result))),
  );

const loadAverage = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(", ");

function report(title: string, result: Result, target?: { p99Ms: number }) {
  const l = result.latency;
  const verdict = target
    ? `  target p99 < ${target.p99Ms} ms: ${l.p99 < target.p99Ms ? "met" : "NOT met"}\n`
    : "";
  const codes = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  process.stdout.write(
    `\n${title}\n` +
      `  requests: ${result.requests.total} in ${result.duration} s (${result.requests.average.toFixed(0)} req/s)\n` +
      `  latency ms: p50 ${l.p50}  p90 ${l.p90}  p97.5 ${l.p97_5}  p99 ${l.p99}  max ${l.max}  avg ${l.average.toFixed(1)}\n` +
      `  status: ${codes || "none"}  errors: ${result.errors}  timeouts: ${result.timeouts}  non-2xx: ${result.non2xx}\n` +
      verdict +
      `  load average after (1, 5, 15 min): ${loadAverage()}\n`,
  );
}

/** Adds stories until `count` exist, `parallel` requests at a time; returns how many were added. */
async function fillStories(base: string, count: number, parallel = 8): Promise<number> {
  let existing = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `?limit=200&cursor=${encodeURIComponent(cursor)}` : "?limit=200";
    const page = (await (await fetch(`${base}/api/stories${query}`)).json()) as StoryPage;
    existing += page.items.length;
    cursor = page.nextCursor;
  } while (cursor);
  const missing = Math.max(0, count - existing);
  let next = 0;
  const add = async () => {
    while (next < missing) {
      const i = next++;
      const res = await fetch(`${base}/api/stories`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: `Load story ${i}` }),
      });
      if (res.status !== 201)
        throw new Error(`POST /api/stories: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, add));
  return missing;
}

type StoryPage = { items: { id: string; articleCount: number }[]; nextCursor: string | null };

/** The cursor of the page `pages` pages in (or of the last page there is). */
async function cursorAfter(base: string, pages: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : "";
    const page = (await (await fetch(`${base}/api/stories${query}`)).json()) as StoryPage;
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return cursor;
}

async function main() {
  const { values } = parseArgs({
    // `pnpm … load -- --duration 5` passes the "--" through.
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "100" },
      url: { type: "string" },
      scenarios: { type: "string", default: "comparison,stories,health-under-flood,post" },
      stories: { type: "string", default: "5000" },
    },
  });
  const scenarios = new Set(values.scenarios.split(","));
  const duration = Number(values.duration);
  const connections = Number(values.connections);
  let server: ServerProcess | null = null;
  let dataDir: string | null = null;
  let base = values.url;
  if (!base) {
    dataDir = mkdtempSync(join(tmpdir(), "parallax-load-"));
    server = await startServer({
      PARALLAX_DATA_DIR: dataDir,
      PARALLAX_WRITE_BURST: "0",
      NODE_ENV: "production",
      PARALLAX_WORKERS: process.env.PARALLAX_WORKERS ?? "1",
    });
    base = server.url;
  }
  try {
    const { items } = (await (await fetch(`${base}/api/stories`)).json()) as StoryPage;
    const story = items[0];
    if (!story)
      throw new Error("no story to compare: start on a fresh database (demo story) or add one");
    const path = `/api/stories/${story.id}/comparison`;
    const warm = await fetch(`${base}${path}`);
    const size = (await warm.text()).length;
    await (await fetch(`${base}${path}.md`)).text();
    process.stdout.write(
      `Parallax load: ${base}, ${connections} connections, ${duration} s per scenario\n` +
        `comparison of story ${story.id} (${story.articleCount} articles, ${size} bytes of JSON), cached\n` +
        `load average before (1, 5, 15 min): ${loadAverage()}\n`,
    );

    // Unreported warm-up: the first seconds after start (JIT in server and client) are slower.
    await run({
      url: `${base}${path}`,
      connections,
      duration: 3,
      headers: { "accept-encoding": "gzip" },
    });

    if (scenarios.has("comparison")) {
      report(
        "GET cached comparison (Accept-Encoding: gzip, as browsers send)",
        await run({
          url: `${base}${path}`,
          connections,
          duration,
          headers: { "accept-encoding": "gzip" },
        }),
        { p99Ms: 50 },
      );
      report(
        "GET cached comparison (no compression)",
        await run({ url: `${base}${path}`, connections, duration }),
      );
    }

    if (scenarios.has("stories")) {
      const wanted = Number(values.stories);
      const started = performance.now();
      const added = await fillStories(base, wanted);
      process.stdout.write(
        `\n${added} stories added (${((performance.now() - started) / 1000).toFixed(1)} s) for ${wanted} in all\n`,
      );
      const deep = await cursorAfter(base, Math.floor(wanted / 50 / 2));
      const pages: [string, string][] = [
        ["first page (limit 50, the default)", "/api/stories"],
        [
          `a page ${Math.floor(wanted / 2)} stories in (limit 50, by cursor)`,
          `/api/stories?cursor=${encodeURIComponent(deep ?? "")}`,
        ],
        ["first page, limit 200 (the largest)", "/api/stories?limit=200"],
      ];
      for (const [title, pagePath] of pages) {
        report(
          `GET ${title}, ${wanted} stories stored`,
          await run({ url: `${base}${pagePath}`, connections, duration }),
          { p99Ms: 100 },
        );
      }
    }

    if (scenarios.has("health-under-flood")) {
      // The flood fires from a worker thread so that its client work does not delay the
      // health requests measured here.
      const flood = run({
        url: `${base}${path}.md`,
        connections,
        duration,
        workers: 1,
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      const health = await run({
        url: `${base}/api/health`,
        connections: 10,
        duration: Math.max(1, duration - 1),
      });
      report(`GET comparison.md flood (${connections} connections)`, await flood);
      report("GET /api/health (10 connections) during the flood", health, { p99Ms: 50 });
    }

    if (scenarios.has("post")) {
      const files = loadCorpus().files;
      let counter = 0;
      report(
        "POST /api/articles (each request a new article: parse + extract + group + store)",
        await run({
          url: `${base}/api/articles`,
          connections,
          duration,
          method: "POST",
          headers: { "content-type": "application/json" },
          requests: [
            {
              setupRequest: (req) => {
                const i = counter++;
                const file = files[i % files.length]!;
                return {
                  ...req,
                  body: JSON.stringify({
                    outlet: file.outlet,
                    text: `${file.text}\nLoad-test note ${i} ${Date.now()}.`,
                  }),
                };
              },
            },
          ],
        }),
      );
    }
  } finally {
    if (server) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
