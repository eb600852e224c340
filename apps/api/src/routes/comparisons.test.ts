import { randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { ALIGNER_VERSION, extractArticle } from "@parallax/aligner";
import { ComparisonSchema, parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { comparisonCacheKey } from "../comparisons/comparison-cache-key.ts";
import { buildGroupingSignature } from "../grouping/grouping-signature.ts";
import { addCorpusStory, addStoryOfTexts } from "../testing/corpus-story.ts";
import {
  createTestApp,
  type Json,
  jsonRequest,
  TEST_BACKENDS,
  type TestApp,
} from "../testing/test-app.ts";

describe.each(TEST_BACKENDS)("comparison routes (%s)", (backend) => {
  let t: TestApp;
  let storyId: string;
  let articleIds: string[];
  beforeAll(async () => {
    t = await createTestApp({ backend });
    ({ storyId, articleIds } = await addCorpusStory(t.app));
  });
  afterAll(() => t.close());

  /** A two-outlet story written for these tests, both quoting one person; `day` keeps ids apart. */
  async function addVeldenStory(day: string): Promise<{ id: string; articleIds: string[] }> {
    const texts = [
      {
        outlet: "Coast Herald",
        text: `Velden port strike ends\n\nPort workers in Velden ended their strike on ${day} after a deal on wages.\n\n"We have reached a fair agreement," said Marta Lindqvist, the union's chairwoman. She added that the pay rise would be 4 percent.`,
      },
      {
        outlet: "Daily Ledger",
        text: `Dock strike over in Velden\n\nThe dock strike in Velden is over after workers accepted a 4 percent raise on ${day}.\n\nUnion chairwoman Lindqvist told reporters: "We have reached a fair agreement."`,
      },
    ];
    const story = await addStoryOfTexts(t.app, "Velden strike", texts);
    return { id: story.storyId, articleIds: story.articleIds };
  }

  it("GET /api/stories/:id/comparison compares the story's articles and caches the result", async () => {
    const res = await t.app.request(`/api/stories/${storyId}/comparison`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const comparison = ComparisonSchema.parse(await res.json());
    expect([...comparison.articleIds].sort()).toEqual([...articleIds].sort());
    expect(comparison.alignerVersion).toBe(ALIGNER_VERSION);

    const etag = res.headers.get("etag");
    const key = comparisonCacheKey(articleIds, comparison.alignerVersion);
    expect(etag).toBe(`"${key}"`);
    const row = await t.store.comparisons.find(storyId);
    expect(row?.cache_key).toBe(key);
    expect(JSON.parse(row!.comparison_json)).toEqual(comparison);

    const again = await t.app.request(`/api/stories/${storyId}/comparison`);
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(row!.comparison_json);

    const gzipped = await t.app.request(`/api/stories/${storyId}/comparison`, {
      headers: { "accept-encoding": "gzip, deflate, br" },
    });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gzipped.arrayBuffer())).toString("utf8")).toBe(
      row!.comparison_json,
    );

    const notModified = await t.app.request(`/api/stories/${storyId}/comparison`, {
      headers: { "if-none-match": etag! },
    });
    expect(notModified.status).toBe(304);

    const { items } = (await (await t.app.request("/api/stories")).json()) as Json;
    const listed = items.find((s: Json) => s.id === storyId);
    expect(listed.conflictCount).toBe(
      comparison.groups.filter((g) => g.relation === "conflict").length,
    );
  });

  it("recomputes when the story's articles change", async () => {
    const before = await t.app.request(`/api/stories/${storyId}/comparison`);
    const removed = articleIds[4]!;
    await t.app.request(`/api/stories/${storyId}/articles/${removed}`, { method: "DELETE" });
    const after = await t.app.request(`/api/stories/${storyId}/comparison`);
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    const comparison = ComparisonSchema.parse(await after.json());
    expect(comparison.articleIds).not.toContain(removed);
    expect(comparison.articleIds).toHaveLength(4);
    const { items } = (await (await t.app.request("/api/stories")).json()) as Json;
    expect(items.find((s: Json) => s.id === storyId).articleCount).toBe(4);
    await t.app.request(
      `/api/stories/${storyId}/articles`,
      jsonRequest("POST", { articleId: removed }),
    );
  });

  it("exports JSON and Markdown as attachments", async () => {
    const json = await t.app.request(`/api/stories/${storyId}/comparison.json`);
    expect(json.status).toBe(200);
    expect(json.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.json"$/);
    ComparisonSchema.parse(await json.json());

    const md = await t.app.request(`/api/stories/${storyId}/comparison.md`);
    expect(md.status).toBe(200);
    expect(md.headers.get("content-type")).toMatch(/^text\/markdown/);
    expect(md.headers.get("content-disposition")).toMatch(/^attachment; filename=".+\.md"$/);
    const text = await md.text();
    expect(text).toMatch(/^# /m);
    expect(text).toContain("Benzinga");
  });

  it("says who said what: each statement's attribution and each entity's mentions", async () => {
    const story = await addVeldenStory("Tuesday");
    const res = await t.app.request(`/api/stories/${story.id}/comparison`);
    expect(res.status).toBe(200);
    const comparison = ComparisonSchema.parse(await res.json());
    const lindqvist = comparison.entities.find((e) => e.name === "Marta Lindqvist");
    expect(new Set(lindqvist?.mentions.map((m) => m.articleId))).toEqual(
      new Set(comparison.articleIds),
    );
    const quoted = comparison.groups
      .flatMap((g) => g.statements)
      .filter((s) => s.attribution.kind === "direct");
    expect(quoted).toHaveLength(2);
    for (const statement of quoted) {
      expect(statement.attribution.speaker.entityId).toBe(lindqvist?.id);
      expect(statement.attribution.quotes[0]?.text).toMatch(/^We have reached a fair agreement/);
    }
    const said = comparison.groups
      .flatMap((g) => g.statements)
      .find((s) => s.text.startsWith("She added"));
    expect(said?.attribution).toMatchObject({
      kind: "indirect",
      speaker: { status: "resolved", entityId: lindqvist?.id, name: "Marta Lindqvist" },
    });
    const md = await (await t.app.request(`/api/stories/${story.id}/comparison.md`)).text();
    const line = md.split("\n").find((l) => l.includes("Union chairwoman Lindqvist told"));
    expect(line).toContain("— _quoting Marta Lindqvist_");
  });

  it("recomputes a comparison cached by an older aligner, whose JSON has no attributions", async () => {
    const story = await addVeldenStory("Monday");
    const ids = story.articleIds;
    // As an aligner before statement attributions stored it: statements without `attribution`.
    const old = {
      alignerVersion: "0.7.3",
      articleIds: ids,
      groups: [
        {
          id: "g1",
          statements: [
            {
              articleId: ids[0],
              claimId: "c0",
              span: { articleId: ids[0], start: 0, end: 1 },
              text: "x",
            },
          ],
          relation: "unique",
          conflicts: [],
          evidence: [],
          score: 1,
          diffs: [],
        },
      ],
      entities: [],
      timeline: [],
      coverage: [],
      figures: [],
    };
    await t.store.comparisons.save({
      story_id: story.id,
      cache_key: comparisonCacheKey(ids, "0.7.3"),
      aligner_version: "0.7.3",
      comparison_json: JSON.stringify(old),
      conflict_count: 0,
      computed_at: new Date().toISOString(),
    });
    const res = await t.app.request(`/api/stories/${story.id}/comparison`);
    expect(res.status).toBe(200);
    const comparison = ComparisonSchema.parse(await res.json());
    expect(comparison.alignerVersion).toBe(ALIGNER_VERSION);
    expect(comparison.groups.length).toBeGreaterThan(1);
    expect(
      comparison.groups.flatMap((g) => g.statements).filter((s) => s.attribution.kind === "direct"),
    ).toHaveLength(2);
    expect((await t.store.comparisons.find(story.id))?.aligner_version).toBe(ALIGNER_VERSION);
  });

  it("compares an empty story to an empty comparison", async () => {
    const story = (await (
      await t.app.request("/api/stories", jsonRequest("POST", { name: "Empty" }))
    ).json()) as Json;
    const res = await t.app.request(`/api/stories/${story.id}/comparison`);
    expect(res.status).toBe(200);
    const comparison = ComparisonSchema.parse(await res.json());
    expect(comparison.articleIds).toEqual([]);
    expect(comparison.groups).toEqual([]);
    expect((await t.app.request(`/api/stories/${story.id}/comparison.md`)).status).toBe(200);
  });

  it("404 for an unknown story on every comparison route", async () => {
    for (const suffix of ["comparison", "comparison.json", "comparison.md"]) {
      const res = await t.app.request(`/api/stories/no-such-story/${suffix}`);
      expect(res.status, suffix).toBe(404);
      expect(((await res.json()) as Json).error.code).toBe("NOT_FOUND");
    }
  });

  it("answers /api/health while a 150-article comparison computes in a worker", async () => {
    const corpus = loadCorpus();
    const bases = corpus.files.map((file) => {
      const article = parseArticle({ outlet: file.outlet, text: file.text });
      return { article, extraction: extractArticle(article) };
    });
    const story = await t.store.stories.create("Big story", new Date().toISOString());
    for (let i = 0; i < 150; i++) {
      const base = bases[i % bases.length]!;
      const id = randomBytes(8).toString("hex");
      const article = { ...base.article, id };
      const extraction = { ...base.extraction, articleId: id };
      await t.store.articles.insert({
        article,
        extractionJson: JSON.stringify(extraction),
        extractionVersion: "test",
        signature: buildGroupingSignature(article, extraction),
        storyId: story.id,
        decision: "explicit",
        score: 1,
        addedAt: new Date().toISOString(),
      });
    }
    const order: string[] = [];
    const comparing = Promise.resolve(t.app.request(`/api/stories/${story.id}/comparison`)).then(
      (res) => {
        order.push("comparison");
        return res;
      },
    );
    // Wait until the comparison is really running in the pool before asking for health.
    while (t.pool.load() === 0) await new Promise((r) => setTimeout(r, 1));
    const started = performance.now();
    const health = await t.app.request("/api/health");
    const healthMs = performance.now() - started;
    order.push("health");
    expect(health.status).toBe(200);
    const res = await comparing;
    expect(res.status).toBe(200);
    expect(ComparisonSchema.parse(await res.json()).articleIds).toHaveLength(150);
    expect(order).toEqual(["health", "comparison"]);
    expect(healthMs).toBeLessThan(1000);
  });
});
