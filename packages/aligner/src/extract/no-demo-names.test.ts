import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { PLACES } from "../../lexicons/places.ts";
import { DEMO_PEOPLE, DEMO_PLACES } from "../../test/fixtures/demo-corpus-names.ts";
import { extractArticle } from "../extract-article.ts";

const SRC = new URL("..", import.meta.url).pathname;

/** Every non-test TypeScript file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** `name` as a whole word ("Trump", not "trumped"; "Korea" not in "Korean"). */
function namesWord(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, "u").test(source);
}

function namedIn(names: readonly string[]): string[] {
  const found: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const source = readFileSync(path, "utf8");
    for (const name of names) if (namesWord(source, name)) found.push(`${path}: ${name}`);
  }
  return found;
}

describe("no demo-corpus name in src/", () => {
  it("names none of the demo corpus's people (fixture list)", () => {
    expect(namedIn(DEMO_PEOPLE)).toEqual([]);
  });

  it("names none of its places, except those the general gazetteer lists", () => {
    const general = new Set(PLACES);
    const specific = DEMO_PLACES.filter((p) => !general.has(p));
    expect(specific).toEqual(expect.arrayContaining(["Gyeongju", "Incheon", "Busan"]));
    expect(namedIn(specific)).toEqual([]);
  });

  it("the check finds a name when one is there", () => {
    expect(namesWord("// as Lutnick said", "Lutnick")).toBe(true);
    expect(namesWord("the Korean won", "Korea")).toBe(false);
  });

  it("names none of the people the extractor reads from the corpus (read at test time)", () => {
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
    expect(namedIn([...people])).toEqual([]);
  });
});
