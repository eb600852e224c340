import { readFileSync } from "node:fs";
import { loadCorpus } from "@parallax/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, atomFeed, jsonFeed, rssFeed, waitFor } from "../testing/feed-server.ts";
import { type JobsTestBed, startJobsTestBed } from "../testing/jobs-test-bed.ts";
import { type Json, jsonRequest, TEST_BACKENDS, type TestApp } from "../testing/test-app.ts";

const corpus = loadCorpus().files;
const unrelated = readFileSync(
  new URL("../testing/fixtures/unrelated-article.txt", import.meta.url),
  "utf8",
);

describe.each(TEST_BACKENDS)("feeds end to end on %s (jobs in process)", (backend) => {
  let bed: JobsTestBed;
  let t: TestApp;
  let web: JobsTestBed["web"];
  const get = (path: string) => bed.get(path);
  const addFeed = async (url: string, outlet: string): Promise<Json> => {
    const res = await t.app.request("/api/feeds", jsonRequest("POST", { url, outlet }));
    expect(res.status, await res.clone().text()).toBe(201);
    return (await res.json()) as Json;
  };
  const feedWhen = (id: string, ready: (feed: Json) => boolean) =>
    waitFor(async () => {
      const feed = await get(`/api/feeds/${id}`);
      return ready(feed) ? feed : undefined;
    }, `feed ${id}`);

  beforeAll(async () => {
    bed = await startJobsTestBed(backend);
    ({ t, web } = bed);
    // Pages: the five corpus articles (one event) and an unrelated one.
    corpus.forEach((file, i) => {
      web.routes.set(`/news/${i}`, { body: articlePage(file.text) });
    });
    web.routes.set("/news/tram", { body: articlePage(unrelated) });
    const at = (i: number) => `${web.base}/news/${i}`;
    web.routes.set("/rss.xml", {
      type: "application/rss+xml",
      etag: '"rss-1"',
      body: rssFeed("Wire", [
        { guid: "wire-0", url: at(0), title: "a", date: "Fri, 24 Oct 2025 09:00:00 GMT" },
        { guid: "wire-1", url: at(1), title: "b" },
        // The same GUID twice in one feed, and an item whose date is nonsense.
        { guid: "wire-1", url: at(1), title: "b again", date: "yesterday-ish" },
      ]),
    });
    web.routes.set("/atom.xml", {
      type: "application/atom+xml",
      body: atomFeed("Paper", [
        { guid: "urn:paper:2", url: at(2), title: "c", date: "2025-10-24T10:00:00Z" },
        { guid: "urn:paper:3", url: at(3), title: "d", date: "2035-01-01T00:00:00Z" },
        // Already listed by the RSS feed: must not make a second article.
        { guid: "urn:paper:0", url: at(0), title: "a, reprinted" },
      ]),
    });
    web.routes.set("/feed.json", {
      type: "application/feed+json",
      body: jsonFeed("Blog", [
        { url: at(4), title: "e" },
        { url: `${web.base}/news/tram`, title: "tram" },
        { url: `${web.base}/news/missing`, title: "gone" },
      ]),
    });
  });
  afterAll(() => bed?.close());

  it("turns RSS, Atom and JSON Feed items into articles grouped into stories, once each", async () => {
    const feeds = [
      await addFeed(`${web.base}/rss.xml`, "Wire Service"),
      await addFeed(`${web.base}/atom.xml`, "The Paper"),
      await addFeed(`${web.base}/feed.json`, "A Blog"),
    ];
    expect(feeds[0]).toMatchObject({ status: "new", paused: false, intervalSeconds: 900 });
    const done: Json[] = await Promise.all(
      feeds.map((feed) =>
        feedWhen(
          feed.id,
          (f) => f.status === "ok" && f.items.pending === 0 && f.recentItems.length > 0,
        ),
      ),
    );
    expect(done[0]!.items).toEqual({ pending: 0, ingested: 2, duplicate: 0, failed: 0 });
    expect(done[1]!.items).toEqual({ pending: 0, ingested: 2, duplicate: 1, failed: 0 });
    expect(done[2]!.items).toEqual({ pending: 0, ingested: 2, duplicate: 0, failed: 1 });
    const failed = done[2]!.recentItems.find((i: Json) => i.status === "failed");
    expect(failed.error.code).toBe("FETCH_FAILED");

    // Item dates are kept as the feed gave them; an unreadable one is null.
    const wire = done[0]!.recentItems as Json[];
    expect(wire.find((i) => i.guid === "wire-0")?.publishedAt).toBe("2025-10-24T09:00:00.000Z");
    expect(wire.find((i) => i.guid === "wire-1")?.publishedAt).toBeNull();

    const articles = (await get("/api/articles?limit=200")).items as Json[];
    expect(articles).toHaveLength(6);
    expect(new Set(articles.map((a) => a.url)).size).toBe(6);
    // The corpus articles share one story; the tram article has its own.
    const corpusUrls = corpus.map((_, i) => `${web.base}/news/${i}`);
    const corpusStories = new Set(
      articles.filter((a) => corpusUrls.includes(a.url)).map((a) => a.storyId),
    );
    expect(corpusStories.size).toBe(1);
    const tram = articles.find((a) => a.url === `${web.base}/news/tram`)!;
    expect(corpusStories.has(tram.storyId)).toBe(false);
    expect(articles.find((a) => a.url === corpusUrls[1])?.outlet.name).toBe("Wire Service");

    // The duplicate item points at the article the RSS feed brought.
    const reprint = (done[1]!.recentItems as Json[]).find((i) => i.guid === "urn:paper:0")!;
    expect(reprint.status).toBe("duplicate");
    expect(reprint.articleId).toBe(articles.find((a) => a.url === corpusUrls[0])?.id);
    // Each item leads to its article's story.
    for (const item of [...wire, reprint]) {
      expect(item.storyId).toBe(articles.find((a) => a.id === item.articleId)?.storyId);
      expect(item.storyId).toBeTruthy();
    }

    // A second poll sends the ETag back and gets 304: nothing new.
    const before = web.notModified("/rss.xml");
    expect(
      (await t.app.request(`/api/feeds/${feeds[0]!.id}/poll`, jsonRequest("POST", {}))).status,
    ).toBe(202);
    await feedWhen(feeds[0]!.id, (f) => f.status === "not_modified");
    expect(web.notModified("/rss.xml")).toBe(before + 1);
    expect((await get("/api/articles?limit=200")).items).toHaveLength(6);

    const stats = await get("/api/jobs/stats");
    expect(stats.backend).toBe("memory");
    const ingests = stats.queues.find((q: Json) => q.name === "item-ingest");
    expect(ingests.completed).toBeGreaterThanOrEqual(7);
    expect(ingests.queued + ingests.active).toBe(0);
  }, 90_000);

  it("gives bad feeds a clear error status without holding up the others", async () => {
    web.routes.set("/not-a-feed", { type: "text/html", body: "<html><body>hello</body></html>" });
    web.routes.set("/huge.xml", {
      type: "application/rss+xml",
      body: rssFeed("Huge", [{ url: `${web.base}/x`, title: "x".repeat(1_500_000) }]),
    });
    web.routes.set("/slow.xml", { hang: true });
    web.routes.set("/long.xml", {
      type: "application/rss+xml",
      body: rssFeed(
        "Long",
        Array.from({ length: 10_000 }, (_, i) => ({ url: `${web.base}/n/${i}`, title: `n${i}` })),
      ),
    });
    web.routes.set("/image.xml", { type: "image/png", body: "PNG" });
    const expected: Record<string, string> = {
      "/not-a-feed": "NOT_A_FEED",
      "/huge.xml": "FEED_TOO_LARGE",
      "/slow.xml": "FETCH_TIMEOUT",
      "/long.xml": "TOO_MANY_ITEMS",
      "/image.xml": "UNSUPPORTED_CONTENT_TYPE",
    };
    const added = await Promise.all(
      Object.keys(expected).map((path) => addFeed(`${web.base}${path}`, `Bad ${path}`)),
    );
    // A good feed added after them still gets polled.
    web.routes.set("/late.json", { type: "application/json", body: jsonFeed("Late", []) });
    const late = await addFeed(`${web.base}/late.json`, "Late");
    await feedWhen(late.id, (f) => f.status === "ok");
    for (const [i, path] of Object.keys(expected).entries()) {
      const feed = await feedWhen(added[i]!.id, (f) => f.status === "error");
      expect(feed.lastError.code, path).toBe(expected[path]);
      expect(feed.lastError.message.length).toBeGreaterThan(10);
      expect(feed.consecutiveFailures).toBe(1);
      // Backed off: the next poll waits twice the interval.
      expect(Date.parse(feed.nextPollAt) - Date.parse(feed.lastPolledAt)).toBe(2 * 900 * 1000);
    }
    expect((await get("/api/articles?limit=200")).items).toHaveLength(6);
  }, 60_000);

  it("pauses, edits and removes feeds, with clear errors for bad requests", async () => {
    const feed = await addFeed(`${web.base}/late-2.json`, "Someone");
    const paused = await t.app.request(
      `/api/feeds/${feed.id}`,
      jsonRequest("PATCH", { paused: true, intervalSeconds: 60 }),
    );
    expect(await paused.json()).toMatchObject({ paused: true, intervalSeconds: 60 });
    expect(
      (await t.app.request(`/api/feeds/${feed.id}/poll`, jsonRequest("POST", {}))).status,
    ).toBe(409);
    const again = await t.app.request(
      "/api/feeds",
      jsonRequest("POST", { url: `${web.base}/late-2.json`, outlet: "Twice" }),
    );
    expect(again.status).toBe(409);
    expect(((await again.json()) as Json).error.code).toBe("FEED_EXISTS");
    const bad = await t.app.request(
      "/api/feeds",
      jsonRequest("POST", { url: "ftp://example.org/feed", outlet: "" }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as Json).error.message).toMatch(/url|outlet/);
    const empty = await t.app.request(`/api/feeds/${feed.id}`, jsonRequest("PATCH", {}));
    expect(empty.status).toBe(400);
    expect((await t.app.request(`/api/feeds/${feed.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await t.app.request(`/api/feeds/${feed.id}`)).status).toBe(404);
    expect((await t.app.request(`/api/feeds/${feed.id}`, { method: "DELETE" })).status).toBe(404);
  });
});
