import type { StorySummary } from "@parallax/api";
import type { Article, Comparison } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { hc } from "hono/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import type { AppType } from "./app.ts";
import { createTestApp, TEST_BACKENDS, type TestApp } from "./testing/test-app.ts";

describe.each(TEST_BACKENDS)("hc<AppType> typed client (%s)", (backend) => {
  let t: TestApp;
  let client: ReturnType<typeof hc<AppType>>;
  beforeAll(async () => {
    t = await createTestApp({ backend });
    // The client's fetch is the app itself: typed end to end, no socket.
    client = hc<AppType>("http://localhost", {
      fetch: (input: string | URL | Request, init?: RequestInit) => t.app.request(input, init),
    });
  });
  afterAll(() => t.close());

  it("creates, renames, lists and deletes a story with inferred types", async () => {
    const created = await client.api.stories.$post({ json: { name: "Budget talks" } });
    expect(created.status).toBe(201);
    if (created.status !== 201) return;
    const story = await created.json();
    expectTypeOf(story.articleCount).toEqualTypeOf<number>();
    expect(story).toMatchObject({ name: "Budget talks", articleCount: 0, conflictCount: null });

    const renamed = await client.api.stories[":id"].$patch({
      param: { id: story.id },
      json: { name: "Budget talks, day 2" },
    });
    expect(renamed.status).toBe(200);

    const list = await client.api.stories.$get({ query: {} });
    if (list.status !== 200) throw new Error(`story list answered ${list.status}`);
    const { items, nextCursor } = await list.json();
    expectTypeOf(items).toEqualTypeOf<StorySummary[]>();
    expect(items.map((s) => s.name)).toContain("Budget talks, day 2");
    expect(nextCursor).toBeNull();

    const removed = await client.api.stories[":id"].$delete({ param: { id: story.id } });
    expect(removed.status).toBe(204);
    const gone = await client.api.stories[":id"].$get({ param: { id: story.id } });
    expect(gone.status).toBe(404);
  });

  it("adds an article and reads its story's comparison as core types", async () => {
    const file = loadCorpus().files[1]!;
    const added = await client.api.articles.$post({
      json: { outlet: file.outlet, text: file.text },
    });
    expect(added.status).toBe(201);
    if (added.status !== 201) return;
    const { article, grouping } = await added.json();
    expectTypeOf(article.outlet).toEqualTypeOf<Article["outlet"]>();
    expectTypeOf(grouping.decision).toEqualTypeOf<"explicit" | "joined" | "new">();
    expect(article.outlet.id).toBe("korea-joongang-daily");

    const res = await client.api.stories[":id"].comparison.$get({
      param: { id: grouping.storyId! },
    });
    expect(res.status).toBe(200);
    if (res.status !== 200) return;
    const comparison = await res.json();
    expectTypeOf(comparison.groups).toEqualTypeOf<Comparison["groups"]>();
    expect(comparison.articleIds).toEqual([article.id]);

    const page = await client.api.articles.$get({
      query: { storyId: grouping.storyId!, limit: "10" },
    });
    expect(page.status).toBe(200);
    if (page.status !== 200) return;
    const { items } = await page.json();
    expect(items.map((item) => item.id)).toEqual([article.id]);
  });

  it("types the health answer", async () => {
    const res = await client.api.health.$get();
    const body = await res.json();
    expectTypeOf(body.database).toEqualTypeOf<"sqlite" | "postgres">();
    expect(body.status).toBe("ok");
  });
});
