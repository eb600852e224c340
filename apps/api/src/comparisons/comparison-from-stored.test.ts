import { ALIGNER_VERSION, compareStory, extractArticle } from "@parallax/aligner";
import { ArticleSchema, ComparisonSchema, ExtractionSchema } from "@parallax/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addStoryOfTexts } from "../testing/corpus-story.ts";
import { createTestApp, type Json, TEST_BACKENDS, type TestApp } from "../testing/test-app.ts";

/**
 * An invented story told by three outlets: a shared quote, an indirect one, figures that disagree
 * and dates; `day` makes each story's articles new ones (ids are content hashes).
 */
const texts = (day: string) => [
  {
    outlet: "Norland Courier",
    text: `Castlebay bridge reopens after repairs\n\nThe Castlebay bridge reopened on ${day} after eight months of repairs that cost 12 million crowns, the city said.\n\n"The bridge is safe again and it will stay open through the winter," said Ivo Vint, the city's chief engineer. He added that heavy lorries would be allowed back from 3 March.\n\nAda Roe, who leads the harbour traders' group, said the closure had cost shops about a fifth of their takings.`,
  },
  {
    outlet: "Harbour Post",
    text: `Bridge open again in Castlebay\n\nCastlebay's main bridge is open again, the city said on ${day}, after repairs costing 14 million crowns.\n\nChief engineer Ivo Vint told reporters: "The bridge is safe again and it will stay open through the winter."\n\nTraders' leader Ada Roe said shops had lost about a fifth of their takings while it was shut.`,
  },
  {
    outlet: "Valley Wire",
    text: `Castlebay reopens bridge, lorries to follow\n\nThe bridge in Castlebay reopened on ${day}. Repairs cost 12 million crowns and took eight months.\n\nHeavy lorries can cross again from 10 March, engineer Ivo Vint said.`,
  },
];

describe.each(TEST_BACKENDS)("comparisons from stored extractions (%s)", (backend) => {
  let t: TestApp;
  const logs: Json[] = [];
  beforeAll(async () => {
    t = await createTestApp({
      backend,
      logLevel: "info",
      logSink: (line) => logs.push(JSON.parse(line)),
    });
  });
  afterAll(() => t.close());

  async function addStory(day: string): Promise<{ id: string; articleIds: string[] }> {
    const { storyId, articleIds } = await addStoryOfTexts(t.app, `Castlebay ${day}`, texts(day));
    return { id: storyId, articleIds };
  }

  const rowsOf = (storyId: string) =>
    t.store.database.db
      .selectFrom("articles")
      .selectAll()
      .where("story_id", "=", storyId)
      .orderBy("id")
      .execute();

  /** The comparison as the compare task made it before it read stored extractions. */
  async function extractingEverything(storyId: string): Promise<string> {
    const articles = (await rowsOf(storyId)).map((row) =>
      ArticleSchema.parse(JSON.parse(row.article_json)),
    );
    return JSON.stringify(ComparisonSchema.parse(compareStory(articles)));
  }

  const setStored = (id: string, extractionJson: string, version: string) =>
    t.store.database.db
      .updateTable("articles")
      .set({ extraction_json: extractionJson, extraction_version: version })
      .where("id", "=", id)
      .execute();

  /** A valid extraction of the article that no extraction would give: one person renamed. */
  const renamed = (extractionJson: string) =>
    JSON.stringify(
      ExtractionSchema.parse(JSON.parse(extractionJson.replaceAll("Ivo Vint", "Olaf Stored"))),
    );

  const computed = () => logs.filter((line) => line.message === "comparison computed").at(-1);
  const compare = async (storyId: string) => {
    const res = await t.app.request(`/api/stories/${storyId}/comparison`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it("compares from the stored extractions, to the same bytes as extracting every article", async () => {
    const story = await addStory("Monday");
    const body = await compare(story.id);
    expect(computed()).toMatchObject({ storyId: story.id, articles: 3, extracted: 0 });
    expect(body).toBe(await extractingEverything(story.id));
    expect(JSON.parse(body).groups.some((g: Json) => g.relation === "conflict")).toBe(true);
  });

  it("reads a stored extraction of the running aligner version, and not a stale one", async () => {
    const current = await addStory("Tuesday");
    const stale = await addStory("Wednesday");
    for (const [story, version] of [
      [current, ALIGNER_VERSION],
      [stale, "0.0.1"],
    ] as const) {
      for (const row of await rowsOf(story.id)) {
        await setStored(row.id, renamed(row.extraction_json), version);
      }
    }
    // Current version: the stored (renamed) extractions are what the comparison is made of.
    const fromStored = JSON.parse(await compare(current.id)) as Json;
    expect(computed()).toMatchObject({ storyId: current.id, extracted: 0 });
    expect(fromStored.entities.map((e: Json) => e.name)).toContain("Olaf Stored");

    // Another version: each article is extracted again, the stored copy left unread.
    const fromStale = await compare(stale.id);
    expect(computed()).toMatchObject({ storyId: stale.id, extracted: 3 });
    expect(fromStale).not.toContain("Olaf Stored");
    expect(fromStale).toBe(await extractingEverything(stale.id));
    // ...and the fresh extractions replace the stale ones, as ingestion would have stored them.
    for (const row of await rowsOf(stale.id)) {
      const article = ArticleSchema.parse(JSON.parse(row.article_json));
      expect(row.extraction_version).toBe(ALIGNER_VERSION);
      expect(row.extraction_json).toBe(
        JSON.stringify(ExtractionSchema.parse(extractArticle(article))),
      );
    }
  });

  it("extracts again, logs and repairs a stored extraction that is corrupt, invalid or another article's", async () => {
    const story = await addStory("Thursday");
    const [a, b, c] = await rowsOf(story.id);
    await setStored(a!.id, '{"articleId": "', ALIGNER_VERSION);
    await setStored(b!.id, JSON.stringify({ articleId: b!.id, claims: 3 }), ALIGNER_VERSION);
    await setStored(c!.id, a!.extraction_json, ALIGNER_VERSION);
    const body = await compare(story.id);
    expect(body).toBe(await extractingEverything(story.id));
    expect(computed()).toMatchObject({ storyId: story.id, extracted: 3 });
    const unusable = logs.filter(
      (line) => line.message === "stored extraction unusable, extracted again",
    );
    expect(unusable.map((line) => line.articleId)).toEqual([a!.id, b!.id, c!.id]);
    expect(unusable.map((line) => line.reason)).toEqual([
      expect.stringMatching(/^not JSON/),
      expect.stringMatching(/^not an extraction/),
      `the extraction of article ${a!.id}`,
    ]);
    const repaired = await rowsOf(story.id);
    expect(repaired.map((row) => row.extraction_json)).toEqual([
      a!.extraction_json,
      b!.extraction_json,
      c!.extraction_json,
    ]);
  });
});
