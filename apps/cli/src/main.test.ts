import { execFile } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ComparisonSchema } from "@parallax/core";
import { loadCorpus, TARIFF_TALKS_DIR } from "@parallax/corpus";
import { describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../bin/parallax.mjs", import.meta.url));
const corpus = loadCorpus();
const paths = corpus.files.map((f) => f.path);

type Run = { code: number; stdout: string; stderr: string };

/** Spawns the real command, as a user would run it. */
function run(args: string[], cwd?: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe("parallax compare", () => {
  it("prints a Markdown report of the corpus with outlets from the manifest beside the files", async () => {
    const result = await run(["compare", ...paths]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Parallax comparison/);
    expect(result.stdout).toContain("| 3 | Chosun Ilbo |");
    expect(result.stdout).toContain("| 5 | Benzinga |");
    expect(result.stdout).toContain("## Timeline");
    expect(result.stdout).toContain("## Coverage");
  });

  it("names the speaker of every quoted statement in the report", async () => {
    const velden = fileURLToPath(new URL("../test/fixtures/velden-strike/", import.meta.url));
    const result = await run([
      "compare",
      join(velden, "coast-herald.txt"),
      join(velden, "daily-ledger.txt"),
    ]);
    expect(result.code).toBe(0);
    const line = (text: string) => result.stdout.split("\n").find((l) => l.includes(text)) ?? "";
    expect(line("Union chairwoman Lindqvist told")).toContain("— _quoting Marta Lindqvist_");
    expect(line("Transport Minister Henrik Aalto said")).toContain("— _reporting Henrik Aalto_");
    expect(line("the longest stoppage")).toContain("— _quoting a senior port official_");
  });

  it("prints the Comparison as JSON with --json, valid against the schema", async () => {
    const result = await run(["compare", "--json", ...paths]);
    expect(result.code).toBe(0);
    const comparison = ComparisonSchema.parse(JSON.parse(result.stdout));
    expect(comparison.articleIds).toHaveLength(5);
  });

  it("takes outlets from --outlet in order, else from the file name, and writes --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
    const a = join(dir, "korea-herald.txt");
    const b = join(dir, "the_daily_view.txt");
    copyFileSync(paths[0] as string, a);
    copyFileSync(paths[4] as string, b);
    const out = join(dir, "report.md");
    const result = await run(["compare", a, b, "--outlet", "Herald Desk", "--out", out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    const report = readFileSync(out, "utf8");
    expect(report).toContain("| 1 | Herald Desk |");
    expect(report).toContain("| 2 | The Daily View |");
  });

  it("reads HTML files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
    const html = (file: (typeof corpus.files)[number]) =>
      `<!doctype html><html><head><title>${file.text.split("\n")[0]}</title></head><body><article>${file.text
        .split("\n")
        .filter((line) => line.trim().length > 0)
        .map((line) => `<p>${line.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
        .join("")}</article></body></html>`;
    writeFileSync(join(dir, "one.html"), html(corpus.files[0] as (typeof corpus.files)[number]));
    writeFileSync(join(dir, "two.html"), html(corpus.files[1] as (typeof corpus.files)[number]));
    const result = await run(["compare", "--json", join(dir, "one.html"), join(dir, "two.html")]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(ComparisonSchema.parse(JSON.parse(result.stdout)).articleIds).toHaveLength(2);
  });

  it("fails clearly: missing file, fewer than two articles, bad flag, conflicting formats", async () => {
    const missing = await run(["compare", paths[0] as string, join(TARIFF_TALKS_DIR, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    expect(missing.stdout).toBe("");

    const one = await run(["compare", paths[0] as string]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/at least two articles, got 1/);

    const same = await run(["compare", paths[0] as string, paths[0] as string]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/fewer than two different articles/);

    const flag = await run(["compare", "--colour", ...paths]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--colour/);

    const both = await run(["compare", "--json", "--md", ...paths]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--json or --md/);

    const command = await run(["contrast", ...paths]);
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command "contrast"/);
  });

  it("fails clearly on a directory and on an empty file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-cli-"));
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const result = await run(["compare", paths[0] as string, empty]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/empty\.txt: .*\[EMPTY_INPUT\]/);
    const folder = await run(["compare", paths[0] as string, dir]);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/is a directory/);
  });

  it("shows progress on stderr when asked (or for many inputs), never on stdout", async () => {
    const result = await run(["compare", "--progress", "--json", ...paths]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/extracting \d+\/10/);
    expect(result.stderr).toMatch(/compared 5 articles/);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });
});
