import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articlePage, rssFeed, waitFor } from "../testing/feed-server.ts";
import { type JobsTestBed, startJobsTestBed } from "../testing/jobs-test-bed.ts";
import { type Json, jsonRequest, TEST_BACKENDS, type TestApp } from "../testing/test-app.ts";

const original = readFileSync(
  new URL("../testing/fixtures/unrelated-article.txt", import.meta.url),
  "utf8",
);
// The same page later: a figure changed, a quote added, a new headline and a correction note.
const edited = original
  .replace(
    "Lisbon council approves new tram line for riverside districts",
    "Lisbon approves riverside tram line after two-year debate",
  )
  .replace("about 60,000 passengers a day", "about 75,000 passengers a day")
  .replace(
    "Construction is due to start in the autumn.",
    'Construction is due to start in the autumn. "We will keep the docks open throughout the works," Carris chairman Pedro Bogas said.',
  )
  .concat(
    "\nCorrection: an earlier version of this article misstated the expected number of daily passengers.\n",
  );

describe.each(TEST_BACKENDS)("article versions on %s", (backend) => {
  let bed: JobsTestBed;
  let t: TestApp;
  const get = (path: string) => bed.get(path);

  beforeAll(async () => {
    // Re-fetched 1 s and 2 s after first seen.
    bed = await startJobsTestBed(backend, { refetchAfterSeconds: [1, 2] });
    t = bed.t;
    const { web } = bed;
    web.routes.set("/tram", { body: articlePage(original) });
    web.routes.set("/rss", {
      type: "application/rss+xml",
      body: rssFeed("City", [{ guid: "tram-1", url: `${web.base}/tram`, title: "Tram" }]),
    });
  });
  afterAll(() => bed?.close());

  it("stores a changed page as a new version, compares the latest and shows what changed", async () => {
    const { web } = bed;
    // Only the page chrome changes before the first re-fetch: that is no new version.
    const firstSeen = articlePage(original).replace(
      "Home | World | Business",
      "Home | World | Sport",
    );
    web.routes.set("/tram", { body: firstSeen });
    const feed = await t.app.request(
      "/api/feeds",
      jsonRequest("POST", { url: `${web.base}/rss`, outlet: "City Paper" }),
    );
    expect(feed.status).toBe(201);
    const first = await waitFor(async () => {
      const items = (await get("/api/articles")).items as Json[];
      return items[0];
    }, "the feed's article");
    const firstFetch = await waitFor(async () => {
      const v = await get(`/api/articles/${first.id}/versions`);
      return v.refetch?.fetchCount >= 1 ? v : undefined;
    }, "the first re-fetch");
    expect(firstFetch.versions).toHaveLength(1);
    expect(firstFetch.refetch.lastError).toBeNull();

    web.routes.set("/tram", { body: articlePage(edited) });
    const versions = await waitFor(async () => {
      const v = await get(`/api/articles/${first.id}/versions`);
      return v.versions.length === 2 ? v : undefined;
    }, "the second version");
    expect(versions.articleKey).toBe(first.id);
    expect(versions.currentId).not.toBe(first.id);
    expect(versions.versions[1]).toMatchObject({
      version: 2,
      contentId: versions.currentId,
      headline: "Lisbon approves riverside tram line after two-year debate",
    });
    // Schedule used up: no further fetch.
    const done = await waitFor(async () => {
      const v = await get(`/api/articles/${first.id}/versions`);
      return v.refetch.fetchCount === 2 ? v : undefined;
    }, "the last re-fetch");
    expect(done.refetch.nextFetchAt).toBeNull();

    // The article is now its latest version, in the same story.
    const current = await get(`/api/articles/${versions.currentId}`);
    expect(current.article.body).toContain("75,000");
    expect(current.storyId).toBe(first.storyId);
    expect(current.currentId).toBe(versions.currentId);
    // The old id still names the first version (ids are content hashes) and points to the latest.
    const old = await t.app.request(`/api/articles/${first.id}`);
    expect(old.status).toBe(200);
    expect(old.headers.get("link")).toBe(
      `</api/articles/${versions.currentId}>; rel="latest-version"`,
    );
    const oldDetail = (await old.json()) as Json;
    expect(oldDetail.article.id).toBe(first.id);
    expect(oldDetail.article.body).toContain("60,000");
    expect(oldDetail.extraction.articleId).toBe(first.id);
    expect(oldDetail).toMatchObject({ storyId: first.storyId, currentId: versions.currentId });
    // Posting the first version's page again finds the article; it makes no second one.
    const again = await t.app.request(
      "/api/articles",
      jsonRequest("POST", {
        outlet: "City Paper",
        html: firstSeen,
        url: `${web.base}/tram`,
      }),
    );
    expect(again.status, await again.clone().text()).toBe(200);
    expect(((await again.json()) as Json).article.id).toBe(versions.currentId);
    // Writes that name the old id act on the article as it is now.
    const removed = await t.app.request(`/api/stories/${first.storyId}/articles/${first.id}`, {
      method: "DELETE",
    });
    expect(removed.status).toBe(204);
    expect((await get(`/api/articles/${versions.currentId}`)).storyId).toBeNull();
    const readded = await t.app.request(
      `/api/stories/${first.storyId}/articles`,
      jsonRequest("POST", { articleId: first.id }),
    );
    expect(readded.status).toBe(200);
    expect(((await readded.json()) as Json).article.id).toBe(versions.currentId);
    const comparison = await get(`/api/stories/${first.storyId}/comparison`);
    expect(comparison.articleIds).toEqual([versions.currentId]);
    const story = ((await get("/api/stories")).items as Json[]).find((s) => s.id === first.storyId);
    expect(story?.changedArticleCount).toBe(1);
    // Counted for the stories asked about only (a list page reads its own stories).
    expect(await t.store.versions.changedByStory([first.storyId])).toEqual(
      new Map([[first.storyId, 1]]),
    );
    expect(await t.store.versions.changedByStory(["no-such-story"])).toEqual(new Map());

    // Any version's id finds the article's versions and their differences.
    const diff = await get(`/api/articles/${versions.currentId}/versions/diff`);
    expect(diff).toMatchObject({
      from: { version: 1 },
      to: { version: 2 },
      headline: {
        before: "Lisbon council approves new tram line for riverside districts",
        after: "Lisbon approves riverside tram line after two-year debate",
      },
    });
    expect(diff.changed).toContainEqual(
      expect.objectContaining({
        kind: "figure",
        before: expect.stringContaining("60,000"),
        after: expect.stringContaining("75,000"),
      }),
    );
    // The new direct quote, and the mayor's reported words with their changed figure.
    expect(diff.quotes.added).toContainEqual(
      expect.stringContaining("We will keep the docks open throughout the works"),
    );
    expect(diff.quotes.added).toContainEqual(expect.stringContaining("75,000 passengers"));
    expect(diff.quotes.removed).toEqual([expect.stringContaining("60,000 passengers")]);
    expect(diff.corrections).toEqual([expect.stringMatching(/^Correction: an earlier version/)]);

    const bad = await t.app.request(`/api/articles/${first.id}/versions/diff?from=2&to=1`);
    expect(bad.status).toBe(400);
    const missing = await t.app.request(`/api/articles/${first.id}/versions/diff?from=1&to=9`);
    expect(missing.status).toBe(404);
  }, 90_000);
});
