// Feed throughput on PostgreSQL (printed figures, not a test):
//   1. F local feeds × I items processed end to end (feed poll → page fetch → parse/extract →
//      group → store) by 1 and by 2 `pnpm worker` processes: items/s and the speed-up;
//   2. the cost of one more article as the number of stories grows (10 → 1,000).
// Everything is served from 127.0.0.1; each run uses its own schema, dropped afterwards.
//
//   TEST_DATABASE_URL=postgres://… pnpm --filter @parallax/api bench:feeds -- --feeds 50 --items 20
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ALIGNER_VERSION } from "@parallax/aligner";
import { sql } from "kysely";
import { ArticleIngest } from "../src/articles/article-ingest.ts";
import { defineConfig } from "../src/config.ts";
import { openConfiguredDatabase } from "../src/db/open-configured-database.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { createStore } from "../src/db/store.ts";
import { pgBossSchemaFor } from "../src/jobs/pg-boss-job-queue.ts";
import { articlePage, rssFeed, startFeedServer } from "../src/testing/feed-server.ts";
import { startWorker } from "../src/testing/server-process.ts";
import { createWorkerPool } from "../src/workers/worker-pool.ts";

const { values } = parseArgs({
  options: {
    feeds: { type: "string", default: "50" },
    items: { type: "string", default: "20" },
    workers: { type: "string", default: "1,2" },
    stories: { type: "string", default: "10,100,1000" },
    "timeout-s": { type: "string", default: "900" },
  },
});
const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
  process.stderr.write(
    "bench-feeds: set TEST_DATABASE_URL (or DATABASE_URL) to a PostgreSQL URL\n",
  );
  process.exit(2);
}
const FEEDS = Number(values.feeds);
const ITEMS = Number(values.items);
const TIMEOUT_MS = Number(values["timeout-s"]) * 1000;

// Invented words from a seeded generator, so every synthetic story has its own names and terms.
let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};
const SYLLABLES = ["ka", "lo", "mi", "ren", "tu", "vas", "de", "no", "bri", "sel", "qua", "zo"];
const word = (n = 3) =>
  Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * 12)]).join("");
const name = () => {
  const w = word();
  return w[0]!.toUpperCase() + w.slice(1);
};

/**
 * A short news text about invented topic `t` (its own names and words, so topics do not group
 * together); `variant` makes each article's text its own.
 */
function syntheticArticle(t: { place: string; person: string; words: string[] }, variant: number) {
  const w = t.words;
  return [
    `${t.place} ${w[0]} ${w[1]} ${w[2]}`,
    `${t.place} ${w[3]} ${w[4]} ${w[5]} ${w[6]} ${w[7]}, ${w[8]} ${w[9]} ${w[10]}.`,
    `${t.person} ${w[11]} ${w[12]} ${w[13]} ${w[14]}. "${w[15]} ${w[16]} ${w[17]} ${w[18]}," ${t.person} said.`,
    `${w[19]} ${w[20]} ${w[21]} ${w[22]} ${variant} ${w[23]} ${w[24]}.`,
  ].join("\n");
}
const topic = () => ({
  place: name(),
  person: `${name()} ${name()}`,
  words: Array.from({ length: 25 }, () => word(3)),
});

async function freshSchema(): Promise<string> {
  return `bench_${randomBytes(5).toString("hex")}`;
}
async function dropSchema(schema: string) {
  const db = openDatabase({ kind: "postgres", url: url!, max: 1 });
  await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.db);
  await sql`drop schema if exists ${sql.id(pgBossSchemaFor(schema))} cascade`.execute(db.db);
  await db.close();
}

async function throughput(workerCount: number) {
  const web = await startFeedServer();
  const topics = Array.from({ length: Math.ceil((FEEDS * ITEMS) / 5) }, topic);
  for (let f = 0; f < FEEDS; f++) {
    const items = [];
    for (let i = 0; i < ITEMS; i++) {
      const k = f * ITEMS + i;
      web.routes.set(`/p/${k}`, {
        body: articlePage(syntheticArticle(topics[Math.floor(k / 5)]!, k)),
      });
      items.push({ guid: `g${k}`, url: `${web.base}/p/${k}`, title: `t${k}` });
    }
    web.routes.set(`/f/${f}`, { type: "application/rss+xml", body: rssFeed(`F${f}`, items) });
  }
  const schema = await freshSchema();
  const env = {
    DATABASE_URL: url!,
    PARALLAX_PG_SCHEMA: schema,
    PARALLAX_ALLOW_PRIVATE_URLS: "1",
    PARALLAX_LOG: "error",
    PARALLAX_JOB_TICK_MS: "500",
    PARALLAX_JOB_POLL_SECONDS: "0.5",
    PARALLAX_REFETCH_SCHEDULE: "",
    PARALLAX_JOB_EXPIRE_SECONDS: "600",
  };
  const { database } = await openConfiguredDatabase(
    defineConfig({ databaseUrl: url!, databaseSchema: schema }),
  );
  const store = createStore(database);
  const workers = await Promise.all(Array.from({ length: workerCount }, () => startWorker(env)));
  try {
    const started = performance.now();
    const now = new Date().toISOString();
    for (let f = 0; f < FEEDS; f++) {
      await store.feeds.create({
        url: `${web.base}/f/${f}`,
        outlet: `Outlet ${f}`,
        intervalSeconds: 3600,
        now,
      });
    }
    const total = FEEDS * ITEMS;
    for (;;) {
      const row = await database.db
        .selectFrom("feed_items")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("status", "!=", "pending")
        .executeTakeFirstOrThrow();
      if (Number(row.n) >= total) break;
      if (performance.now() - started > TIMEOUT_MS)
        throw new Error(`timed out at ${row.n}/${total} items`);
      await new Promise((r) => setTimeout(r, 250));
    }
    const seconds = (performance.now() - started) / 1000;
    const stories = await database.db
      .selectFrom("stories")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return { seconds, itemsPerSecond: total / seconds, stories: Number(stories.n) };
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
    await database.close();
    await web.close();
    await dropSchema(schema);
  }
}

async function costPerItem(storyCount: number) {
  const schema = await freshSchema();
  const config = defineConfig({ databaseUrl: url!, databaseSchema: schema, logLevel: "silent" });
  const { database } = await openConfiguredDatabase(config);
  const store = createStore(database);
  const pool = createWorkerPool({ size: 1 });
  const ingest = new ArticleIngest(store, pool, config, () => new Date(), ALIGNER_VERSION);
  try {
    for (let s = 0; s < storyCount; s++) {
      await ingest.add({ outlet: `Outlet ${s % 7}`, text: syntheticArticle(topic(), s) });
    }
    const probes = 20;
    const started = performance.now();
    for (let p = 0; p < probes; p++) {
      await ingest.add({ outlet: "Probe", text: syntheticArticle(topic(), 10_000 + p) });
    }
    const stories = await database.db
      .selectFrom("stories")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return { msPerItem: (performance.now() - started) / probes, stories: Number(stories.n) };
  } finally {
    await pool.close();
    await database.close();
    await dropSchema(schema);
  }
}

const lines: string[] = [];
const print = (line: string) => {
  lines.push(line);
  process.stdout.write(`${line}\n`);
};
print(
  `feeds × items: ${FEEDS} × ${ITEMS} = ${FEEDS * ITEMS} items on PostgreSQL, pages on 127.0.0.1`,
);
print("| workers | seconds | items/s | speed-up | stories |");
print("| ------- | ------- | ------- | -------- | ------- |");
let base = 0;
for (const w of values.workers.split(",").map(Number)) {
  const r = await throughput(w);
  base ||= r.itemsPerSecond;
  print(
    `| ${w} | ${r.seconds.toFixed(1)} | ${r.itemsPerSecond.toFixed(2)} | ${(r.itemsPerSecond / base).toFixed(2)}× | ${r.stories} |`,
  );
}
print("");
print(
  "cost of one more article (parse + extract in 1 worker thread, group, store) by stories stored:",
);
print("| articles stored first | stories after | ms per item |");
print("| --------------------- | ------------- | ----------- |");
for (const n of values.stories.split(",").map(Number)) {
  const r = await costPerItem(n);
  print(`| ${n} | ${r.stories} | ${r.msPerItem.toFixed(0)} |`);
}
