import { readFileSync } from "node:fs";
import { ArticleSchema, ExtractionSchema, MAX_INPUT_BYTES } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../app.ts";
import {
  createTestApp,
  type Json,
  jsonRequest,
  TEST_BACKENDS,
  type TestApp,
} from "../testing/test-app.ts";

const corpus = loadCorpus();
const file = (i: number) => corpus.files[i]!;

describe.each(TEST_BACKENDS)("articles routes (%s)", (backend) => {
  let t: TestApp;
  const post = (body: unknown) => t.app.request("/api/articles", jsonRequest("POST", body));
  beforeAll(async () => {
    t = await createTestApp({ backend });
  });
  afterAll(() => t.close());

  it("POST stores a plain-text article (201) with its grouping, then answers 200 for the same text", async () => {
    const first = await post({ outlet: file(0).outlet, text: file(0).text });
    expect(first.status).toBe(201);
    const body = (await first.json()) as Json;
    const article = ArticleSchema.parse(body.article);
    expect(article.outlet).toEqual({ id: "korea-joongang-daily", name: "Korea JoongAng Daily" });
    expect(article.headline).toBe(
      "Korea-U.S. tariff talks see progress, but key differences remain unresolved",
    );
    expect(body.grouping).toEqual({ decision: "new", score: 0, storyId: body.storyId });

    const again = await post({ outlet: file(0).outlet, text: file(0).text });
    expect(again.status).toBe(200);
    const second = (await again.json()) as Json;
    expect(second.article.id).toBe(article.id);
    expect(second.storyId).toBe(body.storyId);
    expect(await t.store.articles.count()).toBe(1);
  });

  it("groups a second article on the same talks into the first one's story", async () => {
    const first = (await (
      await post({ outlet: file(1).outlet, text: file(1).text })
    ).json()) as Json;
    const story = (await t.store.articles.find(first.article.id))!.story_id;
    const res = await post({ outlet: file(2).outlet, text: file(2).text });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Json;
    expect(body.grouping.decision).toBe("joined");
    expect(body.storyId).toBe(story);
    expect(body.grouping.score).toBeGreaterThan(0);
    // The story Parallax started is renamed after what its headlines share, not one outlet's.
    const named = (await (await t.app.request(`/api/stories/${story}`)).json()) as Json;
    expect(named.name).toBe("Korea-U.S. tariff");
  });

  it("keeps a name a person gave when more articles join", async () => {
    // Two invented reports of one event: the second groups with the first.
    const report = (outlet: string, headline: string, lead: string) => ({
      outlet,
      text: [
        headline,
        "Published: 3 Mar. 2031, 09:00",
        lead,
        "Mayor Ilse Varga of Northport said the harbor strike had halted all container traffic since Monday.",
        "The Northport Dockworkers Union said talks with the Northport Port Authority would resume on Thursday.",
        "Varga said the strike cost the city's harbor about 4 million euros a day.",
      ].join("\n"),
    });
    const first = (await (
      await post(
        report("Northport Courier", "Harbor strike halts Northport", "Dockworkers walked out."),
      )
    ).json()) as Json;
    const story = first.storyId as string;
    const renamed = await t.app.request(
      `/api/stories/${story}`,
      jsonRequest("PATCH", { name: "Our harbor file" }),
    );
    expect(renamed.status).toBe(200);
    const joined = (await (
      await post(
        report("Coast Daily", "Northport harbor strike enters day three", "No ships moved."),
      )
    ).json()) as Json;
    expect(joined.grouping.decision).toBe("joined");
    expect(joined.storyId).toBe(story);
    const after = (await (await t.app.request(`/api/stories/${story}`)).json()) as Json;
    expect(after.name).toBe("Our harbor file");
  });

  it("starts a new story for an unrelated article, named after its headline", async () => {
    const text = readFileSync(
      new URL("../testing/fixtures/unrelated-article.txt", import.meta.url),
      "utf8",
    );
    const res = await post({ outlet: "Lisbon Post", text });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Json;
    expect(body.grouping.decision).toBe("new");
    const tariffStory = (await t.store.articles.find(
      ArticleSchema.parse(
        ((await (await post({ outlet: file(0).outlet, text: file(0).text })).json()) as Json)
          .article,
      ).id,
    ))!.story_id;
    expect(body.storyId).not.toBe(tariffStory);
    const story = (await (await t.app.request(`/api/stories/${body.storyId}`)).json()) as Json;
    expect(story.name).toBe("Lisbon council approves new tram line for riverside districts");
    expect(story.articles.map((a: Json) => a.id)).toEqual([body.article.id]);
  });

  it("POST with storyId places the article explicitly; unknown story is 404", async () => {
    const story = (await (
      await t.app.request("/api/stories", jsonRequest("POST", { name: "Explicit" }))
    ).json()) as Json;
    const res = await post({ outlet: file(3).outlet, text: file(3).text, storyId: story.id });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Json).grouping).toEqual({
      decision: "explicit",
      score: 1,
      storyId: story.id,
    });
    const missing = await post({ outlet: "X", text: file(4).text, storyId: "no-such-story" });
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as Json).error.code).toBe("NOT_FOUND");
  });

  it("POST of an article already in another story with an explicit storyId is 409", async () => {
    const other = (await (
      await t.app.request("/api/stories", jsonRequest("POST", { name: "Other" }))
    ).json()) as Json;
    const res = await post({ outlet: file(0).outlet, text: file(0).text, storyId: other.id });
    expect(res.status).toBe(409);
    const body = (await res.json()) as Json;
    expect(body.error.code).toBe("ARTICLE_IN_OTHER_STORY");
  });

  it("POST accepts HTML", async () => {
    const html = `<!doctype html><html><head><title>Seoul and Washington near tariff deal</title></head><body><article><h1>Seoul and Washington near tariff deal</h1><p>Negotiators from Seoul and Washington said on Friday that they were close to a deal on the $350 billion investment package, though the structure of the payments remained open.</p><p>Industry Minister Kim Do-hyun said the two sides had narrowed their differences on the currency swap and on how much of the package would be paid in cash.</p></article></body></html>`;
    const res = await post({ outlet: "Example Wire", html });
    expect(res.status).toBe(201);
    const article = ArticleSchema.parse(((await res.json()) as Json).article);
    expect(article.format).toBe("html");
    expect(article.body).toContain("$350 billion");
  });

  it("400 lists zod issues for invalid bodies", async () => {
    for (const body of [
      {},
      { outlet: "", text: "x" },
      { outlet: "A", text: "x", html: "<p>x</p>" },
      { outlet: "A" },
      { outlet: 5, text: "x" },
      { outlet: "A", url: "ftp://example.com/a" },
      { outlet: "A", text: "x", storyId: "bad id!" },
    ]) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const error = ((await res.json()) as Json).error;
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.details.issues.length).toBeGreaterThan(0);
      expect(error.message).toMatch(/^invalid json: /);
    }
  });

  it("400 for malformed JSON, 415 for another content type", async () => {
    const malformed = await t.app.request("/api/articles", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"outlet": "A", "text": ',
    });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as Json).error.code).toBe("INVALID_JSON");

    const form = await t.app.request("/api/articles", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: "outlet=A",
    });
    expect(form.status).toBe(415);
    expect(((await form.json()) as Json).error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const none = await t.app.request("/api/articles", { method: "POST", body: "{}" });
    expect(none.status).toBe(415);
  });

  it("422 for text that is not an article, with the IngestError code", async () => {
    const empty = await post({ outlet: "A", text: "   \n  " });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as Json).error.code).toBe("EMPTY_INPUT");
    const binary = await post({
      outlet: "A",
      text: "\u0000\u0001\u0002binary\u0000\u0000".repeat(50),
    });
    expect(binary.status).toBe(422);
    expect(((await binary.json()) as Json).error.code).toMatch(/BINARY_CONTENT|NO_ARTICLE_CONTENT/);
  });

  it("413 for text over MAX_INPUT_BYTES (TOO_LARGE) and for a body over the limit", async () => {
    const tooLarge = await post({ outlet: "A", text: "word ".repeat(MAX_INPUT_BYTES / 5 + 10) });
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as Json).error.code).toBe("TOO_LARGE");

    const huge = await post({ outlet: "A", text: "x".repeat(MAX_BODY_BYTES + 10) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as Json).error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("GET /api/articles pages through articles with a cursor and filters by story and outlet", async () => {
    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const res = await t.app.request(`/api/articles?limit=2${query}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as Json;
      expect(page.items.length).toBeLessThanOrEqual(2);
      all.push(...page.items.map((item: Json) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(all.length).toBe(await t.store.articles.count());
    expect(new Set(all).size).toBe(all.length);

    const one = (await t.store.articles.find(all[0]!))!;
    const byStory = (await (
      await t.app.request(`/api/articles?storyId=${one.story_id}`)
    ).json()) as Json;
    expect(byStory.items.every((item: Json) => item.storyId === one.story_id)).toBe(true);
    expect(byStory.items.map((item: Json) => item.id)).toContain(one.id);

    const byOutlet = (await (
      await t.app.request("/api/articles?outlet=korea-joongang-daily")
    ).json()) as Json;
    expect(byOutlet.items.length).toBeGreaterThan(0);
    expect(byOutlet.items.every((item: Json) => item.outlet.id === "korea-joongang-daily")).toBe(
      true,
    );

    const bad = await t.app.request("/api/articles?cursor=not-a-cursor");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.code).toBe("INVALID_CURSOR");
    expect((await t.app.request("/api/articles?limit=0")).status).toBe(400);
    expect((await t.app.request("/api/articles?limit=abc")).status).toBe(400);
  });

  it("GET /api/articles/:id returns the article and its extraction; 404 unknown, 400 malformed", async () => {
    const { items } = (await (await t.app.request("/api/articles?limit=1")).json()) as Json;
    const id = items[0].id as string;
    const res = await t.app.request(`/api/articles/${id}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Json;
    expect(ArticleSchema.parse(body.article).id).toBe(id);
    expect(ExtractionSchema.parse(body.extraction).articleId).toBe(id);
    expect(body.storyId).toBe(items[0].storyId);

    expect((await t.app.request("/api/articles/0123456789abcdef")).status).toBe(404);
    expect((await t.app.request("/api/articles/nope")).status).toBe(400);
  });

  it("a corrupt stored row fails validation on the way out: 500 INTERNAL, no details leak", async () => {
    const res = await post({ outlet: "Wire", text: `${file(4).text}\nCorrupt copy.` });
    const { article } = (await res.json()) as Json;
    await t.store.database.db
      .updateTable("articles")
      .set({ article_json: JSON.stringify({ id: article.id, body: 42 }) })
      .where("id", "=", article.id)
      .execute();
    const read = await t.app.request(`/api/articles/${article.id}`);
    expect(read.status).toBe(500);
    const text = await read.text();
    expect(JSON.parse(text)).toEqual({
      error: { code: "INTERNAL", message: expect.stringContaining("logged") },
    });
    expect(text).not.toMatch(/ZodError|invalid_type|\.ts:\d+/);
    expect((await t.app.request(`/api/articles/${article.id}`, { method: "DELETE" })).status).toBe(
      204,
    );
  });

  it("DELETE /api/articles/:id removes it (204), then 404", async () => {
    const res = await post({ outlet: file(4).outlet, text: file(4).text });
    const { article } = (await res.json()) as Json;
    const del = await t.app.request(`/api/articles/${article.id}`, { method: "DELETE" });
    expect(del.status).toBe(204);
    expect((await t.app.request(`/api/articles/${article.id}`)).status).toBe(404);
    expect((await t.app.request(`/api/articles/${article.id}`, { method: "DELETE" })).status).toBe(
      404,
    );
  });
});
