import { randomBytes } from "node:crypto";
import { loadCorpus } from "@parallax/corpus";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { openDatabase } from "./db/open-database.ts";
import { startServer } from "./testing/server-process.ts";
import { TEST_DATABASE_URL } from "./testing/test-app.ts";

describe.runIf(TEST_DATABASE_URL)("two API processes on one PostgreSQL database", () => {
  it("sees through one process what was written through the other", async () => {
    const schema = `twoproc_${randomBytes(5).toString("hex")}`;
    const env = {
      DATABASE_URL: TEST_DATABASE_URL!,
      PARALLAX_PG_SCHEMA: schema,
      PARALLAX_DEMO: "0",
    };
    const a = await startServer(env);
    // Both run the migrations at start; the second finds them applied.
    const b = await startServer(env);
    try {
      const file = loadCorpus().files[2]!;
      const created = await fetch(`${a.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ outlet: file.outlet, text: file.text }),
      });
      expect(created.status).toBe(201);
      const { article, storyId } = (await created.json()) as {
        article: { id: string };
        storyId: string;
      };

      const seen = await fetch(`${b.url}/api/articles/${article.id}`);
      expect(seen.status).toBe(200);
      expect(((await seen.json()) as { storyId: string }).storyId).toBe(storyId);
      const story = (await (await fetch(`${b.url}/api/stories/${storyId}`)).json()) as {
        articles: { id: string }[];
      };
      expect(story.articles.map((x) => x.id)).toEqual([article.id]);

      // The same text through the other process is recognised (idempotent across processes).
      const again = await fetch(`${b.url}/api/articles`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ outlet: file.outlet, text: file.text }),
      });
      expect(again.status).toBe(200);

      const deleted = await fetch(`${b.url}/api/articles/${article.id}`, { method: "DELETE" });
      expect(deleted.status).toBe(204);
      expect((await fetch(`${a.url}/api/articles/${article.id}`)).status).toBe(404);
      expect(
        ((await (await fetch(`${a.url}/api/health`)).json()) as { database: string }).database,
      ).toBe("postgres");

      // Two articles on the same new event, added at once through different processes, must
      // not start two stories: grouping is serialised by an advisory lock in the database.
      const [first, second] = loadCorpus().files;
      const post = async (server: { url: string }, file: { outlet: string; text: string }) => {
        const res = await fetch(`${server.url}/api/articles`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ outlet: file.outlet, text: file.text }),
        });
        expect(res.status).toBe(201);
        return (await res.json()) as { storyId: string; grouping: { decision: string } };
      };
      const both = await Promise.all([post(a, first!), post(b, second!)]);
      expect(both[0].storyId).toBe(both[1].storyId);
      expect(both.map((r) => r.grouping.decision).sort()).toEqual(["joined", "new"]);
    } finally {
      await a.stop();
      await b.stop();
      const db = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL!, max: 1 });
      await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.db);
      await db.close();
    }
  }, 120_000);
});
