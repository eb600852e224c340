// `pnpm --filter @parallax/api bench:compare-stored [-- --sizes 100,1000 --runs 1]`: how long the
// first GET /api/stories/:id/comparison of a story takes (printed figures, not a test).
//
// Each story is the aligner bench's generated story (@parallax/aligner/generated-story), added
// through POST /api/articles into a real in-process app over a temporary SQLite file. Each timed
// request runs in a freshly opened app (empty comparison cache, the stored comparison deleted, the
// worker already warm), in two states of the stored extractions:
//   - "stored": as ingestion left them (made by the running aligner version);
//   - "stale": every row marked as made by another aligner version, so all must be re-extracted.
// The sha256 of each response body is printed: every state must give the same bytes.
import { createHash } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { generateStory } from "@parallax/aligner/generated-story";
import { createApp } from "../src/app.ts";
import { defineConfig } from "../src/config.ts";
import { migrateToLatest } from "../src/db/migrate.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { createLogger } from "../src/logger.ts";
import { createParallaxRuntime } from "../src/parallax-runtime.ts";
import { addStoryOfTexts } from "../src/testing/corpus-story.ts";

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "100,1000" },
    runs: { type: "string", default: "1" },
  },
});
const SIZES = values.sizes.split(",").map(Number);
const RUNS = Number(values.runs);

const dataDir = mkdtempSync(join(tmpdir(), "parallax-bench-compare-"));
const file = join(dataDir, "parallax.sqlite");
const defaults = defineConfig();
const config = defineConfig({
  dataDir,
  logLevel: "silent",
  workers: 1,
  writeRateLimit: { burst: 0, refillPerSecond: 1 },
  limits: { ...defaults.limits, compareMaxArticles: 10_000, compareTimeoutMs: 30 * 60_000 },
});

/** A fresh app over the bench's database file: nothing cached in memory. */
async function openApp() {
  const database = openDatabase({ kind: "sqlite", file });
  await migrateToLatest(database.db);
  const logger = createLogger(config.logLevel);
  const runtime = createParallaxRuntime(database, config, logger);
  const { store, pool, jobs, ingest, comparisons } = runtime;
  const app = createApp({ store, config, pool, logger, jobs, ingest, comparisons });
  return { app, runtime };
}

type BenchApp = Awaited<ReturnType<typeof openApp>>;

async function addStory(t: BenchApp, size: number): Promise<string> {
  const texts = generateStory(size, size).map((article) => ({
    outlet: article.outlet.name,
    text: article.headline ? `${article.headline}\n\n${article.body}` : article.body,
  }));
  return (await addStoryOfTexts(t.app, `Bench ${size}`, texts)).storyId;
}

/** Time of one cold comparison request, wall and CPU (all threads of this process). */
async function timeComparison(storyId: string) {
  const t = await openApp();
  try {
    await t.runtime.store.database.db
      .deleteFrom("comparisons")
      .where("story_id", "=", storyId)
      .execute();
    // The worker's start and the language model's load are not part of a comparison.
    const sample = await t.runtime.store.articles.jsonOfStory(storyId);
    await t.runtime.pool.run("extract", { articleJson: sample[0]?.article_json ?? "" });
    const start = performance.now();
    const cpu = process.cpuUsage();
    const res = await t.app.request(`/api/stories/${storyId}/comparison`);
    const body = Buffer.from(await res.arrayBuffer());
    const used = process.cpuUsage(cpu);
    if (res.status !== 200) throw new Error(`comparison failed: ${res.status} ${body}`);
    return {
      ms: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      sha: createHash("sha256").update(body).digest("hex").slice(0, 12),
    };
  } finally {
    await t.runtime.close();
  }
}

async function markStale(storyId: string) {
  const t = await openApp();
  await t.runtime.store.database.db
    .updateTable("articles")
    .set({ extraction_version: "0.0.0-stale" })
    .where("story_id", "=", storyId)
    .execute();
  await t.runtime.close();
}

console.log(`node ${process.version}, ${new Date().toISOString()}, runs per figure: ${RUNS}`);
try {
  const setup = await openApp();
  const stories = new Map<number, string>();
  for (const size of SIZES) {
    const started = performance.now();
    stories.set(size, await addStory(setup, size));
    console.log(
      `  ingested ${size} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  await setup.runtime.close();
  for (const size of SIZES) {
    const storyId = stories.get(size) as string;
    for (const state of ["stored", "stale"] as const) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) {
        if (state === "stale") await markStale(storyId);
        runs.push(await timeComparison(storyId));
      }
      const sorted = [...runs].sort((a, b) => a.ms - b.ms);
      const median = sorted[Math.floor(sorted.length / 2)] as (typeof runs)[number];
      console.log(
        `${String(size).padStart(5)} articles, ${state.padEnd(6)} extractions: ` +
          `${median.ms.toFixed(0).padStart(6)} ms wall, ${median.cpuMs.toFixed(0).padStart(6)} ms CPU ` +
          `(runs: ${runs.map((r) => r.ms.toFixed(0)).join(", ")} ms); output sha256 ${[...new Set(runs.map((r) => r.sha))].join(" ")}`,
      );
    }
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
