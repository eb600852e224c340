import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { loadCorpus } from "@parallax/corpus";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../db/open-database.ts";
import { articlePage, rssFeed, startFeedServer, waitFor } from "../testing/feed-server.ts";
import { startServer, startWorker } from "../testing/server-process.ts";
import { type Json, TEST_DATABASE_URL } from "../testing/test-app.ts";
import { pgBossSchemaFor } from "./pg-boss-job-queue.ts";

const unrelated = readFileSync(
  new URL("../testing/fixtures/unrelated-article.txt", import.meta.url),
  "utf8",
);

describe.runIf(TEST_DATABASE_URL)("one API process and two workers on PostgreSQL", () => {
  it("ingests a feed through pg-boss; a worker SIGKILLed mid-job loses and duplicates nothing", async () => {
    const schema = `jobs_${randomBytes(5).toString("hex")}`;
    const web = await startFeedServer();
    const pages = [
      ...loadCorpus()
        .files.slice(0, 3)
        .map((f) => f.text),
      unrelated,
    ];
    pages.forEach((text, i) => {
      // Every page is slow and each worker runs one job at a time, so the first worker is surely
      // mid-job when it is killed (and has finished no other item), and while one survivor waits
      // on a page the other must take the next item: both survivors are bound to take jobs.
      web.routes.set(`/p/${i}`, { body: articlePage(text), delayMs: 4000 });
    });
    web.routes.set("/feed", {
      type: "application/rss+xml",
      body: rssFeed(
        "Wire",
        pages.map((_, i) => ({ guid: `g${i}`, url: `${web.base}/p/${i}`, title: `t${i}` })),
      ),
    });
    const env = {
      DATABASE_URL: TEST_DATABASE_URL!,
      PARALLAX_PG_SCHEMA: schema,
      PARALLAX_DEMO: "0",
      PARALLAX_ALLOW_PRIVATE_URLS: "1",
      PARALLAX_JOB_TICK_MS: "200",
      PARALLAX_JOB_CONCURRENCY: "1",
      PARALLAX_JOB_EXPIRE_SECONDS: "20",
      PARALLAX_JOB_MAINTENANCE_SECONDS: "1",
      PARALLAX_JOB_POLL_SECONDS: "0.5",
      PARALLAX_JOB_RETRY_DELAY_SECONDS: "1",
      PARALLAX_ITEM_LEASE_SECONDS: "20",
      PARALLAX_REFETCH_SCHEDULE: "",
    };
    const workers: Awaited<ReturnType<typeof startWorker>>[] = [];
    // The API starts first and migrates; the first worker then starts pg-boss.
    const api = await startServer(env);
    try {
      const doomed = await startWorker(env);
      workers.push(doomed);
      const added = await fetch(`${api.url}/api/feeds`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: `${web.base}/feed`, outlet: "Wire Service" }),
      });
      expect(added.status).toBe(201);
      const feed = (await added.json()) as Json;

      const pagePaths = pages.map((_, i) => `/p/${i}`);
      const firstPage = await waitFor(
        async () => pagePaths.find((path) => web.hits(path) > 0),
        "a page to be requested",
        60_000,
      );
      await doomed.kill();
      const survivors = await Promise.all([startWorker(env), startWorker(env)]);
      workers.push(...survivors);

      const done = await waitFor(
        async () => {
          const res = await fetch(`${api.url}/api/feeds/${feed.id}`);
          const body = (await res.json()) as Json;
          return body.items.pending === 0 && body.items.ingested + body.items.duplicate === 4
            ? body
            : undefined;
        },
        "every item to be ingested",
        120_000,
      );
      expect(done.items).toEqual({ pending: 0, ingested: 4, duplicate: 0, failed: 0 });
      // The killed worker's job was retried: the slow page was fetched again.
      expect(web.hits(firstPage)).toBeGreaterThanOrEqual(2);

      const articles = (await (await fetch(`${api.url}/api/articles?limit=200`)).json()) as Json;
      expect(articles.items).toHaveLength(4);
      expect(new Set(articles.items.map((a: Json) => a.url)).size).toBe(4);
      const stories = (await (await fetch(`${api.url}/api/stories`)).json()) as Json;
      expect(stories.items.map((s: Json) => s.articleCount).sort()).toEqual([1, 3]);

      const stats = (await (await fetch(`${api.url}/api/jobs/stats`)).json()) as Json;
      expect(stats.backend).toBe("pg-boss");
      const ingest = stats.queues.find((q: Json) => q.name === "item-ingest");
      expect(ingest.completed).toBeGreaterThan(0);
      // (No bound on ingest.failed: on a loaded machine a slow extraction can outlive the expiry,
      // be run twice and have its copy dead-lettered; the counts above show nothing doubled.)
      // Both surviving workers took jobs.
      for (const worker of survivors)
        expect(worker.output()).toMatch(/"message":"feed item ingested"/);
    } finally {
      for (const worker of workers) if (worker.child.exitCode === null) await worker.stop();
      await api.stop();
      await web.close();
      const db = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL!, max: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.db);
      await sql`drop schema if exists ${sql.id(pgBossSchemaFor(schema))} cascade`.execute(db.db);
      await db.close();
    }
  }, 300_000);
});
