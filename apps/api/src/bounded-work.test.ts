import { afterEach, describe, expect, it } from "vitest";
import { defineConfig } from "./config.ts";
import { addCorpusStory } from "./testing/corpus-story.ts";
import { createTestApp, type Json, jsonRequest, type TestApp } from "./testing/test-app.ts";

const limits = (overrides: Partial<ReturnType<typeof defineConfig>["limits"]>) => ({
  ...defineConfig().limits,
  ...overrides,
});

// A hand-made article; each copy differs by its last line so each is a new article.
const text = (i: number) =>
  "Harbour council approves new ferry timetable\n\nThe harbour council on Tuesday approved a new " +
  "ferry timetable that adds four daily crossings from March, the council's finance office " +
  `said. Residents asked for later evening trips.\nNote ${i}.`;

describe("bounded work", { timeout: 180_000 }, () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  it("renders comparison.md once per comparison and serves it from memory (gzip, ETag)", async () => {
    t = await createTestApp();
    const { storyId } = await addCorpusStory(t.app);
    const path = `/api/stories/${storyId}/comparison.md`;
    const first = await t.app.request(path);
    expect(first.status).toBe(200);
    const markdown = await first.text();
    expect(markdown).toMatch(/^# /);
    for (let i = 0; i < 5; i++) {
      const again = await t.app.request(path, { headers: { "accept-encoding": "gzip" } });
      expect(again.headers.get("content-encoding")).toBe("gzip");
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
    }
    expect(t.pool.started().markdown).toBe(1);
    const notModified = await t.app.request(path, {
      headers: { "if-none-match": first.headers.get("etag")! },
    });
    expect(notModified.status).toBe(304);
    // A change to the story makes a new report.
    await t.app.request(
      "/api/articles",
      jsonRequest("POST", { outlet: "Harbour Post", text: text(0), storyId }),
    );
    const changed = await t.app.request(path);
    expect(changed.headers.get("etag")).not.toBe(first.headers.get("etag"));
    expect(t.pool.started().markdown).toBe(2);
  });

  it("answers 503 INGEST_QUEUE_FULL with Retry-After once the ingest queue is full", async () => {
    t = await createTestApp({ limits: limits({ ingestQueue: 2 }) });
    const app = t.app;
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        app.request(
          "/api/articles",
          jsonRequest("POST", { outlet: "Harbour Post", text: text(i) }),
        ),
      ),
    );
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(2);
    const refused = responses.filter((r) => r.status === 503);
    expect(refused).toHaveLength(4);
    for (const res of refused) {
      expect(Number(res.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(((await res.json()) as Json).error.code).toBe("INGEST_QUEUE_FULL");
    }
    // Once the queue drains, writes go through again.
    const later = await app.request(
      "/api/articles",
      jsonRequest("POST", { outlet: "Harbour Post", text: text(99) }),
    );
    expect(later.status).toBe(201);
  });

  it("refuses to compare a story over the article cap with 422 COMPARISON_TOO_LARGE", async () => {
    t = await createTestApp({ limits: limits({ compareMaxArticles: 3 }) });
    const { storyId } = await addCorpusStory(t.app);
    for (const suffix of ["comparison", "comparison.json", "comparison.md"]) {
      const res = await t.app.request(`/api/stories/${storyId}/${suffix}`);
      expect(res.status, suffix).toBe(422);
      const error = ((await res.json()) as Json).error;
      expect(error.code).toBe("COMPARISON_TOO_LARGE");
      expect(error.message).toMatch(/5 articles.*at most 3/);
    }
    expect(t.pool.started().compare).toBe(0);
  });

  it("stops a comparison past its time cap with 503 COMPARISON_TIMEOUT; the pool keeps working", async () => {
    t = await createTestApp({ limits: limits({ compareTimeoutMs: 1 }) });
    const { storyId } = await addCorpusStory(t.app);
    const res = await t.app.request(`/api/stories/${storyId}/comparison`);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(((await res.json()) as Json).error.code).toBe("COMPARISON_TIMEOUT");
    // The stopped worker was replaced: new work still runs.
    const added = await t.app.request(
      "/api/articles",
      jsonRequest("POST", { outlet: "Harbour Post", text: text(1) }),
    );
    expect(added.status).toBe(201);
  });
});
