import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, TEST_BACKENDS, type TestApp } from "../testing/test-app.ts";

describe.each(TEST_BACKENDS)("GET /api/health (%s)", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ backend });
  });
  afterAll(() => t.close());

  it("answers ok with the database kind and the aligner version", async () => {
    const res = await t.app.request("/api/health");
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: "ok",
      database: backend,
      alignerVersion: expect.stringMatching(/\S/),
    });
  });

  it("answers unknown routes with the JSON 404 shape", async () => {
    const res = await t.app.request("/api/nope");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: "NOT_FOUND", message: expect.stringContaining("/api/nope") },
    });
  });

  it("serves the OpenAPI document generated from the core schemas and the docs page", async () => {
    const res = await t.app.request("/api/openapi.json");
    expect(res.status).toBe(200);
    const doc = (await res.json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/articles",
        "/api/articles/{id}",
        "/api/stories",
        "/api/stories/{id}",
        "/api/stories/{id}/articles",
        "/api/stories/{id}/articles/{articleId}",
        "/api/stories/{id}/comparison",
        "/api/stories/{id}/comparison.json",
        "/api/stories/{id}/comparison.md",
      ]),
    );
    expect(Object.keys(doc.components.schemas.Article?.properties ?? {})).toContain("paragraphs");
    expect(Object.keys(doc.components.schemas.Comparison?.properties ?? {})).toContain("groups");
    const docs = await t.app.request("/api/docs");
    expect(docs.status).toBe(200);
    const page = await docs.text();
    expect(page).toContain("/api/openapi.json");
    // Same origin only: every script and stylesheet is a path on this server.
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const asset of page.matchAll(/(?:src|href)="(\/api\/docs\/[^"]+)"/g)) {
      const res = await t.app.request(asset[1]!);
      expect(res.status, asset[1]).toBe(200);
      expect((await res.arrayBuffer()).byteLength, asset[1]).toBeGreaterThan(30);
    }
    expect(docs.headers.get("content-security-policy")).toMatch(/script-src 'self'(;|$)/);
  });
});
