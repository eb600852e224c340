import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "./db/open-database.ts";
import { type ServerProcess, startServer } from "./testing/server-process.ts";
import {
  createTestApp,
  jsonRequest,
  TEST_BACKENDS,
  TEST_DATABASE_URL,
  type TestApp,
} from "./testing/test-app.ts";

// A hand-made article (not from any dataset): short, so parsing it costs little per try.
const ARTICLE =
  "Harbour council approves new ferry timetable\n\n" +
  "The harbour council on Tuesday approved a new ferry timetable that adds four daily crossings " +
  "from March. The change costs 2.4 million euros a year, the council's finance office said. " +
  "Operators welcomed the decision, while residents of the island asked for later evening trips.";

type Requester = (path: string, init?: RequestInit) => Promise<Response>;

/**
 * One round: a fresh story, then "put the article in it" (by id, and by re-posting its text with
 * the story's id) racing "delete the story". Either order is fine; a 5xx is not.
 */
async function raceRound(writer: Requester, deleter: Requester, articleId: string) {
  const story = (await (
    await writer("/api/stories", jsonRequest("POST", { name: "race" }))
  ).json()) as { id: string };
  const [byId, byText, deleted] = await Promise.all([
    writer(`/api/stories/${story.id}/articles`, jsonRequest("POST", { articleId })),
    writer(
      "/api/articles",
      jsonRequest("POST", { outlet: "Harbour Post", text: ARTICLE, storyId: story.id }),
    ),
    deleter(`/api/stories/${story.id}`, { method: "DELETE" }),
  ]);
  return [byId, byText, deleted];
}

async function ungroupedArticle(request: Requester): Promise<string> {
  const res = await request(
    "/api/articles",
    jsonRequest("POST", { outlet: "Harbour Post", text: ARTICLE }),
  );
  const { article, storyId } = (await res.json()) as { article: { id: string }; storyId: string };
  await request(`/api/stories/${storyId}`, { method: "DELETE" });
  return article.id;
}

const describeStatuses = async (responses: Response[]) =>
  Promise.all(responses.map(async (r) => `${r.status} ${r.status >= 500 ? await r.text() : ""}`));

describe.each(TEST_BACKENDS)(
  "adding to a story while it is deleted (%s, one process)",
  (backend) => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ backend });
    });
    afterAll(() => t.close());

    it("answers 200/404/409, never 5xx, and leaves no article pointing at a deleted story", async () => {
      const request: Requester = async (path, init) => t.app.request(path, init);
      const articleId = await ungroupedArticle(request);
      const statuses = new Set<number>();
      for (let round = 0; round < 60; round++) {
        const responses = await raceRound(request, request, articleId);
        for (const r of responses) statuses.add(r.status);
        expect(
          responses.every((r) => r.status < 500),
          (await describeStatuses(responses)).join(" | "),
        ).toBe(true);
      }
      expect([...statuses].every((s) => [200, 201, 204, 404, 409].includes(s))).toBe(true);
      const orphans = await t.store.database.db
        .selectFrom("articles")
        .leftJoin("stories", "stories.id", "articles.story_id")
        .select("articles.id")
        .where("articles.story_id", "is not", null)
        .where("stories.id", "is", null)
        .execute();
      expect(orphans).toEqual([]);
    }, 120_000);
  },
);

describe.runIf(TEST_DATABASE_URL)("adding to a story while another process deletes it", () => {
  const schema = `race_${randomBytes(5).toString("hex")}`;
  let a: ServerProcess;
  let b: ServerProcess;
  beforeAll(async () => {
    const env = {
      DATABASE_URL: TEST_DATABASE_URL!,
      PARALLAX_PG_SCHEMA: schema,
      PARALLAX_DEMO: "0",
      PARALLAX_WRITE_BURST: "0",
    };
    a = await startServer(env);
    b = await startServer(env);
  }, 120_000);
  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    const db = openDatabase({ kind: "postgres", url: TEST_DATABASE_URL!, max: 1 });
    await sql`drop schema if exists ${sql.id(schema)} cascade`.execute(db.db);
    await db.close();
  });

  it("150 rounds through two processes: no response is 5xx", async () => {
    const via =
      (server: ServerProcess): Requester =>
      (path, init) =>
        fetch(`${server.url}${path}`, init);
    const articleId = await ungroupedArticle(via(a));
    const failures: string[] = [];
    for (let round = 0; round < 150; round++) {
      const responses = await raceRound(via(a), via(b), articleId);
      if (responses.some((r) => r.status >= 500)) {
        failures.push((await describeStatuses(responses)).join(" | "));
      } else {
        await Promise.all(responses.map((r) => r.arrayBuffer()));
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
