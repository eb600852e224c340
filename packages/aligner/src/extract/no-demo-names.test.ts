import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../extract-article.ts";

/** The extraction code and the story identity reader: every non-test file of src/extract. */
function extractionSources(): string[] {
  const dir = new URL(".", import.meta.url).pathname;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .map((f) => join(dir, f));
  return [...files, join(dir, "..", "story-entities.ts")];
}

describe("no demo-corpus person in the extraction code", () => {
  it("names none of the people the demo corpus names (full names read from the corpus at test time)", () => {
    const people = new Set<string>();
    for (const file of loadCorpus().files) {
      const x = extractArticle(parseArticle({ text: file.text, outlet: file.outlet }));
      for (const e of x.entities) {
        if (e.kind !== "person" || e.unnamed) continue;
        for (const m of e.mentions)
          if (m.form === "name" && m.text.includes(" ")) people.add(m.text);
      }
    }
    expect(people.size).toBeGreaterThan(5);
    const found: string[] = [];
    for (const path of extractionSources()) {
      const source = readFileSync(path, "utf8");
      for (const name of people) if (source.includes(name)) found.push(`${path}: ${name}`);
    }
    expect(found).toEqual([]);
  });
});
