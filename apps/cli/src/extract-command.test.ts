import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ExtractionSchema } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { BIN, run, section } from "../test/run-cli.ts";

const VELDEN = fileURLToPath(new URL("../test/fixtures/velden-strike/", import.meta.url));
const herald = join(VELDEN, "coast-herald.txt");
const ledger = join(VELDEN, "daily-ledger.txt");

describe("parallax extract", () => {
  it("prints each quote with its speaker, people with titles, figures and dates", async () => {
    const result = await run(["extract", herald, "--outlet", "Coast Herald"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^\[1\] Coast Herald · .*coast-herald\.txt · article [0-9a-f]{16}/,
    );
    expect(section(result.stdout, "Quotes")).toEqual([
      "Quotes (3)",
      "  1. direct · Marta Lindqvist",
      "     “We have reached a fair agreement”",
      "     cue: said Marta Lindqvist",
      "  2. indirect · Marta Lindqvist",
      "     the pay rise would be 4 percent",
      "     cue: She added that",
      "  3. direct · a senior port official (unnamed source)",
      "     “It was the longest stoppage in a decade”",
      "     cue: a senior port official said",
    ]);
    expect(section(result.stdout, "People")).toEqual([
      "People (2)",
      "  1. Marta Lindqvist — union's chairwoman — also: she",
      "  2. a senior port official (unnamed source)",
    ]);
    expect(section(result.stdout, "Figures").join("\n")).toContain("4 percent = 4 percent");
    // Published on Wednesday 4 March 2026: "on Tuesday" is the day before.
    expect(section(result.stdout, "Dates").join("\n")).toContain("Tuesday → 2026-03-03 (day)");
  });

  it("prints several files in order, outlets from the file names", async () => {
    const result = await run(["extract", herald, ledger]);
    expect(result.code).toBe(0);
    const [first, second] = result.stdout.split(/\n(?=\[2\] )/);
    expect(first).toMatch(/^\[1\] Coast Herald · /);
    expect(second).toMatch(/^\[2\] Daily Ledger · /);
    expect(section(second ?? "", "Quotes")).toEqual([
      "Quotes (2)",
      // This outlet names her by surname only: one article knows no "Marta".
      "  1. direct · Lindqvist",
      "     “We have reached a fair agreement.”",
      "     cue: Union chairwoman Lindqvist told reporters",
      "  2. indirect · Henrik Aalto",
      "     the government welcomed the end of the dispute",
      "     cue: Transport Minister Henrik Aalto said",
    ]);
    expect(section(second ?? "", "People").join("\n")).toContain(
      "Henrik Aalto — Transport Minister",
    );
    expect(section(second ?? "", "Figures").join("\n")).toMatch(/1,200 = 1200 worker \(count\)/);
  });

  it("prints a JSON array of schema-valid extractions with --json, speakers as entity ids", async () => {
    const result = await run(["extract", "--json", herald, ledger]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const entries = JSON.parse(result.stdout) as {
      file: string;
      article: { id: string; outlet: { name: string }; headline: string | null };
      extraction: unknown;
    }[];
    expect(entries.map((e) => [e.file, e.article.outlet.name])).toEqual([
      [herald, "Coast Herald"],
      [ledger, "Daily Ledger"],
    ]);
    for (const entry of entries) {
      const extraction = ExtractionSchema.parse(entry.extraction);
      expect(extraction.articleId).toBe(entry.article.id);
      const speakers = extraction.quotes.map(
        (q) => extraction.entities.find((e) => e.id === q.speakerId)?.name ?? q.speakerStatus,
      );
      expect(speakers).toContain(
        entry.article.outlet.name === "Coast Herald" ? "Marta Lindqvist" : "Lindqvist",
      );
    }
  });

  it("fails clearly: no file, a missing file, a bad flag, too many outlets", async () => {
    const none = await run(["extract"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/extract needs at least one article file/);

    const missing = await run(["extract", herald, join(VELDEN, "nope.txt")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    expect(missing.stdout).toBe("");

    const flag = await run(["extract", "--md", herald]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/--md/);

    const outlets = await run(["extract", herald, "--outlet", "A", "--outlet", "B"]);
    expect(outlets.code).toBe(2);
    expect(outlets.stderr).toMatch(/2 --outlet names for 1 files/);

    const help = await run(["extract", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: parallax extract FILE\.\.\./);
  });

  it("says to build first when run without its build", async () => {
    const dir = mkdtempSync(join(tmpdir(), "parallax-unbuilt-"));
    mkdirSync(join(dir, "bin"));
    copyFileSync(BIN, join(dir, "bin", "parallax.mjs"));
    const result = await run(["--help"], join(dir, "bin", "parallax.mjs"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/not built yet; run `pnpm build`/);
  });
});
