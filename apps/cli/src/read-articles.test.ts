import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { CliError } from "./cli-error.ts";
import { outletFromFileName, readArticle, resolveOutlets } from "./read-articles.ts";

describe("resolveOutlets", () => {
  it("prefers --outlet, then the manifest beside the files, then the file name", () => {
    const corpus = loadCorpus();
    const paths = corpus.files.map((f) => f.path);
    const inputs = resolveOutlets(paths, ["My Outlet"]);
    expect(inputs.map((i) => i.outlet)).toEqual([
      "My Outlet",
      ...corpus.files.slice(1).map((f) => f.outlet),
    ]);
    expect(outletFromFileName("/tmp/korea-herald.html")).toBe("Korea Herald");
    expect(outletFromFileName("003_the_daily.txt")).toBe("The Daily");
  });

  it("refuses a manifest that is not JSON with a message saying how to get around it", () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
    writeFileSync(join(dir, "manifest.json"), "{ not json");
    expect(() => resolveOutlets([join(dir, "a.txt")], [])).toThrow(/not valid JSON.*--outlet/);
  });
});

describe("readArticle", () => {
  it("parses a corpus capture and names the file in every error", () => {
    const file = loadCorpus().files[1];
    const article = readArticle({ path: file?.path as string, outlet: "Korea JoongAng Daily" });
    expect(article.headline).toMatch(/^Officials aim to finalize/);
    const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
    const binary = join(dir, "photo.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]));
    expect(() => readArticle({ path: binary, outlet: "X" })).toThrow(CliError);
    expect(() => readArticle({ path: binary, outlet: "X" })).toThrow(/photo\.txt/);
  });
});
