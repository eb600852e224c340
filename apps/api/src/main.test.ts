import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runToExit, startServer } from "./testing/server-process.ts";

const WEB_DIST = fileURLToPath(new URL("../../web/dist", import.meta.url));
const hasWebBuild = existsSync(join(WEB_DIST, "index.html"));

describe("src/main.ts over real HTTP", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-main-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it("starts on a free port, answers /api/health and loads the demo story once", async () => {
    const dataDir = tempDir();
    const server = await startServer({ PARALLAX_DATA_DIR: dataDir });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: "ok", database: "sqlite" });
      expect(existsSync(join(dataDir, "parallax.sqlite"))).toBe(true);

      const { items } = (await (await fetch(`${server.url}/api/stories`)).json()) as {
        items: { id: string; name: string; articleCount: number }[];
      };
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ articleCount: 5 });
      expect(items[0]!.name).toMatch(/^Korea-U\.S\. tariff and investment talks/);
      // The demo comparison is computed in the background at start, so the list soon knows its
      // conflicts without anyone having opened the story.
      let conflictCount: number | null = null;
      for (let i = 0; i < 120 && conflictCount === null; i++) {
        const list = (await (await fetch(`${server.url}/api/stories`)).json()) as {
          items: { conflictCount: number | null }[];
        };
        conflictCount = list.items[0]?.conflictCount ?? null;
        if (conflictCount === null) await new Promise((r) => setTimeout(r, 250));
      }
      expect(conflictCount).toBeGreaterThan(0);
      // The user deletes the demo story: a restart must not bring it back.
      const del = await fetch(`${server.url}/api/stories/${items[0]!.id}`, { method: "DELETE" });
      expect(del.status).toBe(204);
    } finally {
      expect(await server.stop()).toBe(0);
    }
    const again = await startServer({ PARALLAX_DATA_DIR: dataDir });
    try {
      const { items } = (await (await fetch(`${again.url}/api/stories`)).json()) as {
        items: unknown[];
      };
      expect(items).toHaveLength(0);
    } finally {
      await again.stop();
    }
  }, 120_000);

  it("skips the demo story with PARALLAX_DEMO=0", async () => {
    const server = await startServer({ PARALLAX_DATA_DIR: tempDir(), PARALLAX_DEMO: "0" });
    try {
      const { items } = (await (await fetch(`${server.url}/api/stories`)).json()) as {
        items: unknown[];
      };
      expect(items).toHaveLength(0);
    } finally {
      await server.stop();
    }
  }, 120_000);

  it.runIf(hasWebBuild)(
    "serves the built web UI at / and for client-side routes",
    async () => {
      const server = await startServer({ PARALLAX_DATA_DIR: tempDir(), PARALLAX_DEMO: "0" });
      try {
        for (const path of ["/", "/stories/some-id"]) {
          const res = await fetch(`${server.url}${path}`);
          expect(res.status, path).toBe(200);
          expect(res.headers.get("content-type")).toMatch(/text\/html/);
          expect(await res.text()).toMatch(/<!doctype html>/i);
        }
        const api404 = await fetch(`${server.url}/api/unknown`);
        expect(api404.status).toBe(404);
        expect(api404.headers.get("content-type")).toMatch(/application\/json/);
      } finally {
        await server.stop();
      }
    },
    120_000,
  );

  it("works without a web build (WEB_DIST_DIR absent): the API answers, / is a JSON 404", async () => {
    const server = await startServer({
      PARALLAX_DATA_DIR: tempDir(),
      PARALLAX_DEMO: "0",
      WEB_DIST_DIR: join(tempDir(), "missing"),
    });
    try {
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      const root = await fetch(`${server.url}/`);
      expect(root.status).toBe(404);
      expect(((await root.json()) as { error: { code: string } }).error.code).toBe("NOT_FOUND");
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("refuses to listen on a non-loopback address without a token (exit 2)", async () => {
    const { code, output } = await runToExit({ HOST: "0.0.0.0", PARALLAX_DATA_DIR: tempDir() });
    expect(code).toBe(2);
    expect(output).toMatch(/PARALLAX_API_TOKEN/);
    expect(output).toMatch(/PARALLAX_ALLOW_OPEN=1/);
  }, 90_000);

  it("exits with code 2 and names the variable when the environment is invalid", async () => {
    const { code, output } = await runToExit({ PORT: "not-a-port", PARALLAX_DATA_DIR: tempDir() });
    expect(code).toBe(2);
    expect(output).toContain("PORT");
  }, 120_000);
});
