import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addCorpusStory } from "../testing/corpus-story.ts";
import {
  createTestApp,
  type Json,
  jsonRequest,
  TEST_BACKENDS,
  type TestApp,
} from "../testing/test-app.ts";

describe.each(TEST_BACKENDS)("stories routes (%s)", (backend) => {
  let t: TestApp;
  let storyId: string;
  let articleIds: string[];
  const req = (path: string, init?: RequestInit) => t.app.request(path, init);
  beforeAll(async () => {
    t = await createTestApp({ backend });
    ({ storyId, articleIds } = await addCorpusStory(t.app));
  });
  afterAll(() => t.close());

  it("GET /api/stories lists counts, outlets and the date range", async () => {
    const res = await req("/api/stories");
    expect(res.status).toBe(200);
    const { items } = (await res.json()) as Json;
    const story = items.find((s: Json) => s.id === storyId);
    expect(story).toMatchObject({ name: "Tariff talks", articleCount: 5, conflictCount: null });
    expect(story.outlets.map((o: Json) => o.id).sort()).toEqual([
      "benzinga",
      "chosun-ilbo",
      "korea-joongang-daily",
    ]);
    expect(story.dateRange.from.slice(0, 10)).toBe("2025-10-22");
    expect(story.dateRange.to.slice(0, 10)).toBe("2025-10-28");
  });

  it("GET /api/stories shows every change at once (a page is reused only until one)", async () => {
    const listed = async (id: string) =>
      ((await (await req("/api/stories?limit=200")).json()) as Json).items.find(
        (s: Json) => s.id === id,
      );
    expect((await listed(storyId)).conflictCount).toBeNull();
    expect((await listed(storyId)).conflictCount).toBeNull();
    // A stored comparison gives the story its conflict count.
    expect((await req(`/api/stories/${storyId}/comparison`)).status).toBe(200);
    expect((await listed(storyId)).conflictCount).toEqual(expect.any(Number));
    const created = (await (
      await req("/api/stories", jsonRequest("POST", { name: "Fresh story" }))
    ).json()) as Json;
    expect((await listed(created.id)).name).toBe("Fresh story");
    await req(`/api/stories/${created.id}`, jsonRequest("PATCH", { name: "Renamed story" }));
    expect((await listed(created.id)).name).toBe("Renamed story");
    await req(`/api/stories/${created.id}`, { method: "DELETE" });
    expect(await listed(created.id)).toBeUndefined();
  });

  it("GET /api/stories pages by cursor in creation order; bad cursors and limits are 400", async () => {
    for (let i = 0; i < 6; i++) {
      expect((await req("/api/stories", jsonRequest("POST", { name: `Paged ${i}` }))).status).toBe(
        201,
      );
    }
    const all = ((await (await req("/api/stories?limit=200")).json()) as Json).items.map(
      (s: Json) => s.id,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await req(`/api/stories?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      const page = (await res.json()) as Json;
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((s: Json) => s.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 20);
    expect(seen).toEqual(all);
    expect(pages).toBe(Math.ceil(all.length / 3));
    // The summaries of a later page are as complete as the first page's.
    expect(all).toContain(storyId);
    for (const bad of ["limit=0", "limit=201", "limit=x", "cursor=not-a-cursor"]) {
      const res = await req(`/api/stories?${bad}`);
      expect(res.status, bad).toBe(400);
    }
    for (const id of all) if (id !== storyId) await req(`/api/stories/${id}`, { method: "DELETE" });
  });

  it("GET /api/stories/:id includes article summaries by publication date; 404 unknown; 400 malformed", async () => {
    const res = await req(`/api/stories/${storyId}`);
    expect(res.status).toBe(200);
    const story = (await res.json()) as Json;
    expect(story.articles.map((a: Json) => a.id).sort()).toEqual([...articleIds].sort());
    const dates = story.articles.map((a: Json) => a.publishedAt).filter(Boolean);
    expect(dates).toEqual([...dates].sort((a: string, b: string) => Date.parse(a) - Date.parse(b)));
    expect(story.articles.every((a: Json) => a.grouping.decision === "explicit")).toBe(true);
    expect((await req("/api/stories/unknown-story")).status).toBe(404);
    expect((await req("/api/stories/bad%20id")).status).toBe(400);
  });

  it("POST /api/stories creates (201); PATCH renames; empty names are 400; unknown ids 404", async () => {
    const created = await req("/api/stories", jsonRequest("POST", { name: "  Budget vote " }));
    expect(created.status).toBe(201);
    const story = (await created.json()) as Json;
    expect(story).toMatchObject({ name: "Budget vote", articleCount: 0, outlets: [] });

    const renamed = await req(`/api/stories/${story.id}`, jsonRequest("PATCH", { name: "Budget" }));
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as Json).name).toBe("Budget");

    const empty = await req(`/api/stories/${story.id}`, jsonRequest("PATCH", { name: "  " }));
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Json).error.details.issues[0].path).toBe("name");
    expect((await req("/api/stories/nope", jsonRequest("PATCH", { name: "x" }))).status).toBe(404);
    expect((await req("/api/stories", jsonRequest("POST", { name: "x".repeat(201) }))).status).toBe(
      400,
    );
  });

  it("moves an article between stories: 409 while it is elsewhere, then remove and add", async () => {
    const other = (await (
      await req("/api/stories", jsonRequest("POST", { name: "Other" }))
    ).json()) as Json;
    const articleId = articleIds[4]!;
    const conflict = await req(
      `/api/stories/${other.id}/articles`,
      jsonRequest("POST", { articleId }),
    );
    expect(conflict.status).toBe(409);
    expect(((await conflict.json()) as Json).error).toMatchObject({
      code: "ARTICLE_IN_OTHER_STORY",
      details: { articleId, storyId },
    });

    const removed = await req(`/api/stories/${storyId}/articles/${articleId}`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    expect(
      (await req(`/api/stories/${storyId}/articles/${articleId}`, { method: "DELETE" })).status,
    ).toBe(404);
    const detail = (await (await req(`/api/stories/${storyId}`)).json()) as Json;
    expect(detail.articleCount).toBe(4);

    const added = await req(
      `/api/stories/${other.id}/articles`,
      jsonRequest("POST", { articleId }),
    );
    expect(added.status).toBe(200);
    const body = (await added.json()) as Json;
    expect(body.storyId).toBe(other.id);
    expect(body.article).toMatchObject({
      id: articleId,
      storyId: other.id,
      grouping: { decision: "explicit" },
    });
    // Adding again is a no-op.
    expect(
      (await req(`/api/stories/${other.id}/articles`, jsonRequest("POST", { articleId }))).status,
    ).toBe(200);

    const back = await req(`/api/stories/${other.id}/articles/${articleId}`, { method: "DELETE" });
    expect(back.status).toBe(204);
    expect(
      (await req(`/api/stories/${storyId}/articles`, jsonRequest("POST", { articleId }))).status,
    ).toBe(200);
  });

  it("POST /api/stories/:id/articles: 404 for an unknown article or story, 400 for a malformed id", async () => {
    const unknownArticle = await req(
      `/api/stories/${storyId}/articles`,
      jsonRequest("POST", { articleId: "0123456789abcdef" }),
    );
    expect(unknownArticle.status).toBe(404);
    const unknownStory = await req(
      "/api/stories/nope/articles",
      jsonRequest("POST", { articleId: articleIds[0] }),
    );
    expect(unknownStory.status).toBe(404);
    const malformed = await req(
      `/api/stories/${storyId}/articles`,
      jsonRequest("POST", { articleId: "x" }),
    );
    expect(malformed.status).toBe(400);
  });

  it("DELETE /api/stories/:id deletes the story and keeps its articles, ungrouped", async () => {
    const articleId = articleIds[0]!;
    const story = (await (
      await req("/api/stories", jsonRequest("POST", { name: "Temp" }))
    ).json()) as Json;
    expect(
      (await req(`/api/stories/${storyId}/articles/${articleId}`, { method: "DELETE" })).status,
    ).toBe(204);
    const moved = await req(
      `/api/stories/${story.id}/articles`,
      jsonRequest("POST", { articleId }),
    );
    expect(moved.status).toBe(200);

    expect((await req(`/api/stories/${story.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await req(`/api/stories/${story.id}`)).status).toBe(404);
    expect((await req(`/api/stories/${story.id}`, { method: "DELETE" })).status).toBe(404);
    const article = (await (await req(`/api/articles/${articleId}`)).json()) as Json;
    expect(article.storyId).toBeNull();
    expect(article.article.id).toBe(articleId);
    // An ungrouped article can be placed again.
    expect(
      (await req(`/api/stories/${storyId}/articles`, jsonRequest("POST", { articleId }))).status,
    ).toBe(200);
  });
});
