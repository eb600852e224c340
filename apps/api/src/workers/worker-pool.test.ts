import { ArticleSchema, ExtractionSchema, IngestError } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { afterAll, describe, expect, it } from "vitest";
import { createWorkerPool } from "./worker-pool.ts";
import { TASKS } from "./worker-tasks.ts";

// What crosses the thread boundary: an ingest's result as the task built it (the extraction as
// schema-checked JSON, ready to store), and failures with their IngestError code.
describe("worker pool", { timeout: 60_000 }, () => {
  const pool = createWorkerPool({ size: 1 });
  afterAll(() => pool.close());
  const file = loadCorpus().files[2]!;
  const [headline = "", ...rest] = file.text.split("\n").filter((line) => line.trim() !== "");
  const html = `<html><head><title>${headline}</title></head><body><article><h1>${headline}</h1>${rest
    .map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
    .join("\n")}</article></body></html>`;

  it("returns an ingest's article, extraction JSON and signature as the task built them", async () => {
    const input = { outlet: file.outlet, url: "https://example.com/news/1", html };
    const fromPool = await pool.run("ingest", input);
    const inThread = TASKS.ingest(input);
    expect(fromPool).toEqual(inThread);
    expect(fromPool.article.body.length).toBeGreaterThan(500);
    expect(ArticleSchema.parse(fromPool.article)).toEqual(fromPool.article);
    const extraction = ExtractionSchema.parse(JSON.parse(fromPool.extractionJson));
    expect(extraction.articleId).toBe(fromPool.article.id);
    expect(extraction.claims.length).toBeGreaterThan(0);
  });

  it("re-extracts a stored article from its JSON like the ingest did", async () => {
    const { article, extractionJson } = TASKS.ingest({ outlet: file.outlet, url: null, html });
    const fresh = await pool.run("extract", { articleJson: JSON.stringify(article) });
    expect(fresh.extraction).toEqual(JSON.parse(extractionJson));
  });

  it("fails a task with the IngestError code it threw", async () => {
    const failed = pool.run("ingest", { outlet: file.outlet, url: null, text: " \n " });
    await expect(failed).rejects.toBeInstanceOf(IngestError);
    await expect(failed).rejects.toMatchObject({ code: "EMPTY_INPUT" });
  });

  it("refuses a stored article that does not match the schema", async () => {
    const broken = JSON.stringify({ id: "not-a-hash", body: 42 });
    await expect(pool.run("extract", { articleJson: broken })).rejects.toThrow(/id|body/);
  });
});
