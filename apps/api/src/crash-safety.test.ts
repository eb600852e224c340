import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ArticleSchema } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "./db/open-database.ts";
import { startServer } from "./testing/server-process.ts";
import { TEST_DATABASE_URL } from "./testing/test-app.ts";

const corpus = loadCorpus();

/** Distinct articles: a corpus capture plus a unique closing paragraph (a new content hash). */
const articleBody = (i: number) => {
  const file = corpus.files[i % corpus.files.length]!;
  return {
    outlet: file.outlet,
    text: `${file.text}\nEditor's note ${i}: this version was updated.`,
  };
};

type Acked = { id: string; text: string };

/** Posts articles, 6 in flight at a time, until killed; returns those acknowledged with 2xx. */
async function ingestUntilKilled(url: string, killAfterAcks: number, kill: () => Promise<void>) {
  const acked: Acked[] = [];
  let next = 0;
  let killing: Promise<void> | null = null;
  const worker = async () => {
    while (!killing) {
      const body = articleBody(next++);
      try {
        const res = await fetch(`${url}/api/articles`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        if (res.status === 201 || res.status === 200) {
          const { article } = (await res.json()) as { article: { id: string } };
          acked.push({ id: article.id, text: body.text });
        }
      } catch {
        // The connection died with the server: this request was never acknowledged.
      }
      if (acked.length >= killAfterAcks && !killing) killing = kill();
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  await killing;
  return { acked, sent: next };
}

async function checkAfterRestart(env: Record<string, string>, acked: Acked[]) {
  const server = await startServer(env);
  try {
    for (const { id, text } of acked) {
      const res = await fetch(`${server.url}/api/articles/${id}`);
      expect(res.status, id).toBe(200);
      const body = (await res.json()) as { article: unknown; storyId: string | null };
      const article = ArticleSchema.parse(body.article);
      expect(article.body).toContain(text.split("\n").at(-1)!.trim());
      expect(body.storyId).not.toBeNull();
    }
    // Every stored article is listed, and the listing matches the stories' counts.
    let listed = 0;
    let cursor: string | null = null;
    do {
      const page = (await (
        await fetch(`${server.url}/api/articles?limit=200${cursor ? `&cursor=${cursor}` : ""}`)
      ).json()) as { items: unknown[]; nextCursor: string | null };
      listed += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    const { items } = (await (await fetch(`${server.url}/api/stories`)).json()) as {
      items: { articleCount: number }[];
    };
    expect(items.reduce((sum, s) => sum + s.articleCount, 0)).toBe(listed);
    expect(listed).toBeGreaterThanOrEqual(acked.length);
    // The server still takes writes after the crash.
    const fresh = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(articleBody(10_000)),
    });
    expect(fresh.status).toBe(201);
    return listed + 1;
  } finally {
    expect(await server.stop()).toBe(0);
  }
}

describe("crash safety: SIGKILL while POSTs are in flight", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("keeps every acknowledged article and a consistent SQLite file", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "parallax-crash-"));
    dirs.push(dataDir);
    const env = { PARALLAX_DATA_DIR: dataDir, PARALLAX_DEMO: "0", PARALLAX_WRITE_BURST: "0" };
    const server = await startServer(env);
    const { acked, sent } = await ingestUntilKilled(server.url, 12, () => server.kill());
    expect(acked.length).toBeGreaterThanOrEqual(12);
    expect(sent).toBeGreaterThan(acked.length);

    const stored = await checkAfterRestart(env, acked);

    const db = new SQLite(join(dataDir, "parallax.sqlite"), { readonly: true });
    try {
      expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(db.pragma("foreign_key_check")).toEqual([]);
      const count = db.prepare("select count(*) as n from articles").get() as { n: number };
      expect(count.n).toBe(stored);
      for (const row of db.prepare("select article_json from articles").all() as {
        article_json: string;
      }[]) {
        ArticleSchema.parse(JSON.parse(row.article_json));
      }
      const orphans = db
        .prepare(
          "select count(*) as n from articles a left join stories s on s.id = a.story_id where a.story_id is not null and s.id is null",
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
    } finally {
      db.close();
    }
  }, 180_000);

  it.runIf(TEST_DATABASE_URL)(
    "keeps every acknowledged article on PostgreSQL",
    async () => {
      const schema = `crash_${randomBytes(5).toString("hex")}`;
      const env = {
        DATABASE_URL: TEST_DATABASE_URL!,
        PARALLAX_PG_SCHEMA: schema,
        PARALLAX_DEMO: "0",
        PARALLAX_WRITE_BURST: "0",
      };
      const server = await startServer(env);
      const { acked } = await ingestUntilKilled(server.url, 12, () => server.kill());
      const stored = await checkAfterRestart(env, acked);
      const db = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL!, schema, max: 1 });
      try {
        const { rows } = await sql<{ n: string }>`select count(*) as n from articles`.execute(
          db.db,
        );
        expect(Number(rows[0]?.n)).toBe(stored);
        await sql`drop schema ${sql.id(schema)} cascade`.execute(db.db);
      } finally {
        await db.close();
      }
    },
    180_000,
  );
});
