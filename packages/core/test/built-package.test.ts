import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The package must work without the workspace: build it like `pnpm build` does (tsc with
// tsconfig.build.json) and import the emitted ESM from a plain Node process.
const packageDir = join(import.meta.dirname, "..");
let outDir = "";

beforeAll(() => {
  // Inside node_modules so the built files resolve zod, linkedom and Readability as a consumer would.
  outDir = mkdtempSync(join(packageDir, "node_modules", ".built-test-"));
  const tsc = join(packageDir, "node_modules", ".bin", "tsc");
  execFileSync(tsc, ["-p", join(packageDir, "tsconfig.build.json"), "--outDir", outDir], {
    cwd: packageDir,
    stdio: "pipe",
  });
}, 120_000);

afterAll(() => {
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

function runNode(script: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], {
    cwd: outDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
}

describe("the built package", () => {
  it("emits ESM with declarations and no test files", () => {
    expect(existsSync(join(outDir, "index.js"))).toBe(true);
    expect(readFileSync(join(outDir, "index.d.ts"), "utf8")).toContain("./ingest/parse-article");
    expect(readFileSync(join(outDir, "ingest", "parse-article.d.ts"), "utf8")).toContain(
      "export declare function parseArticle",
    );
    expect(existsSync(join(outDir, "ingest", "parse-article.test.js"))).toBe(false);
    // Relative imports were rewritten from .ts to .js for Node.
    expect(readFileSync(join(outDir, "index.js"), "utf8")).not.toMatch(/\.ts["']/);
  });

  it("has declarations a strict NodeNext consumer can type-check against", () => {
    const consumer = join(outDir, "consumer");
    mkdirSync(consumer);
    writeFileSync(
      join(consumer, "main.ts"),
      [
        'import { type Article, ArticleSchema, IngestError, parseArticle } from "../index.js";',
        'const article: Article = ArticleSchema.parse(parseArticle({ text: "x", outlet: "y" }));',
        "const count: number = article.paragraphs.length;",
        'const code: string = new IngestError("EMPTY_INPUT", "m").code;',
        "export { code, count };",
      ].join("\n"),
    );
    writeFileSync(
      join(consumer, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noEmit: true,
          types: [],
        },
        files: ["main.ts"],
      }),
    );
    const tsc = join(packageDir, "node_modules", ".bin", "tsc");
    expect(() => execFileSync(tsc, ["-p", consumer], { stdio: "pipe" })).not.toThrow();
  }, 60_000);

  it("parses text and HTML from a plain Node process and validates with ArticleSchema", () => {
    const entry = JSON.stringify(join(outDir, "index.js"));
    const output = runNode(`
      const core = await import(${entry});
      const text = "Talks stall in Seoul\\nPublished: 24 Oct. 2025, 10:02\\nNegotiators said on Friday the talks had stalled. [YONHAP]\\nThey will meet again next week.";
      const a = core.ArticleSchema.parse(core.parseArticle({ text, outlet: "Yonhap (photo)" }));
      const h = core.parseArticle({ html: "<html><head><meta property='og:title' content='Talks stall'></head><body><article><p>Negotiators in Seoul said on Friday that the talks had stalled over the cash share.</p></article></body></html>", outlet: "Yonhap" });
      let code = null;
      try { core.parseArticle({ text: "  ", outlet: "Yonhap" }); } catch (e) { code = e instanceof core.IngestError ? e.code : String(e); }
      console.log(JSON.stringify({ headline: a.headline, date: a.publishedAt.value, outlet: a.outlet.name, html: h.body, headlineHtml: h.headline, code, max: core.MAX_INPUT_BYTES }));
    `);
    expect(JSON.parse(output)).toEqual({
      headline: "Talks stall in Seoul",
      date: "2025-10-24T10:02:00+09:00",
      outlet: "Yonhap",
      html: "Negotiators in Seoul said on Friday that the talks had stalled over the cash share.",
      headlineHtml: "Talks stall",
      code: "EMPTY_INPUT",
      max: 2 * 1024 * 1024,
    });
  }, 60_000);
});
