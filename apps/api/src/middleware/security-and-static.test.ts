import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

// A hand-made stand-in for apps/web/dist: a page and two content-hashed assets.
const SCRIPT = `console.log(${JSON.stringify("parallax ".repeat(400))});\n`;
const PAGE = `<!doctype html><html><head><script type="module" src="/assets/index-Bx7kq2Lm.js"></script></head><body><div id="root"></div>${"<!-- padding -->".repeat(80)}</body></html>`;

describe("security headers and the static UI", () => {
  let t: TestApp;
  let web: string;
  beforeAll(async () => {
    web = mkdtempSync(join(tmpdir(), "parallax-web-dist-"));
    mkdirSync(join(web, "assets"));
    writeFileSync(join(web, "index.html"), PAGE);
    writeFileSync(join(web, "assets/index-Bx7kq2Lm.js"), SCRIPT);
    writeFileSync(join(web, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
    t = await createTestApp({ webDistDir: web });
  });
  afterAll(async () => {
    await t.close();
    rmSync(web, { recursive: true, force: true });
  });

  it("sends nosniff, a same-origin CSP and no framing on API answers, errors and the UI", async () => {
    for (const path of ["/api/health", "/api/stories/nope", "/", "/assets/index-Bx7kq2Lm.js"]) {
      const res = await t.app.request(path);
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("x-frame-options"), path).toBe("DENY");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("unsafe");
    }
  });

  it("serves hashed assets as immutable and compressed (brotli or gzip), the page revalidated", async () => {
    const asset = "/assets/index-Bx7kq2Lm.js";
    const br = await t.app.request(asset, { headers: { "accept-encoding": "gzip, deflate, br" } });
    expect(br.status).toBe(200);
    expect(br.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(br.headers.get("content-encoding")).toBe("br");
    expect(br.headers.get("vary")).toMatch(/accept-encoding/i);
    expect(br.headers.get("content-type")).toMatch(/^text\/javascript/);
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brBytes.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(brBytes).toString()).toBe(SCRIPT);

    const gz = await t.app.request(asset, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(SCRIPT);

    const plain = await t.app.request(asset);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);

    const page = await t.app.request("/", { headers: { "accept-encoding": "gzip" } });
    expect(page.headers.get("cache-control")).toBe("no-cache");
    const etag = page.headers.get("etag")!;
    const again = await t.app.request("/", { headers: { "if-none-match": etag } });
    expect(again.status).toBe(304);
  });

  it("loads the page for client-side routes; a missing asset or a path outside the folder is a 404", async () => {
    const route = await t.app.request("/stories/some-story");
    expect(route.status).toBe(200);
    expect(await route.text()).toBe(PAGE);
    for (const path of [
      "/assets/missing-Aa11Bb22.js",
      "/..%2f..%2fpackage.json",
      "/%2e%2e/%2e%2e/package.json",
      "/assets/%00.js",
    ]) {
      const res = await t.app.request(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    }
  });
});
