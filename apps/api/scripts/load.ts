/**
 * Load figures for the API (not a test): cached comparison reads and article writes.
 *   pnpm --filter @parallax/api load [--duration 30] [--connections 100] [--url http://host:port]
 * Without --url it starts src/main.ts on a free port with a temporary data directory (demo story
 * loaded, write rate limit off) and stops it afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
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

function report(title: string, result: Result) {
  const l = result.latency;
  const codes = Object.entries(result.statusCodeStats)
    .map(([code, { count }]) => `${code}×${count}`)
    .join(" ");
  process.stdout.write(
    `\n${title}\n` +
      `  requests: ${result.requests.total} in ${result.duration} s (${result.requests.average.toFixed(0)} req/s)\n` +
      `  latency ms: p50 ${l.p50}  p90 ${l.p90}  p97.5 ${l.p97_5}  p99 ${l.p99}  max ${l.max}  avg ${l.average.toFixed(1)}\n` +
      `  status: ${codes || "none"}  errors: ${result.errors}  timeouts: ${result.timeouts}  non-2xx: ${result.non2xx}\n`,
  );
}

async function main() {
  const { values } = parseArgs({
    // `pnpm … load -- --duration 5` passes the "--" through.
    args: process.argv.slice(2).filter((arg) => arg !== "--"),
    options: {
      duration: { type: "string", default: "30" },
      connections: { type: "string", default: "100" },
      url: { type: "string" },
    },
  });
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
    const { items } = (await (await fetch(`${base}/api/stories`)).json()) as {
      items: { id: string; articleCount: number }[];
    };
    const story = items[0];
    if (!story)
      throw new Error("no story to compare: start on a fresh database (demo story) or add one");
    const path = `/api/stories/${story.id}/comparison`;
    const warm = await fetch(`${base}${path}`);
    const size = (await warm.text()).length;
    process.stdout.write(
      `Parallax load: ${base}, ${connections} connections, ${duration} s per scenario\n` +
        `comparison of story ${story.id} (${story.articleCount} articles, ${size} bytes of JSON), cached\n`,
    );

    report(
      "GET cached comparison (Accept-Encoding: gzip, as browsers send)",
      await run({
        url: `${base}${path}`,
        connections,
        duration,
        headers: { "accept-encoding": "gzip" },
      }),
    );
    report(
      "GET cached comparison (no compression)",
      await run({ url: `${base}${path}`, connections, duration }),
    );

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
  } finally {
    if (server) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`load failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
