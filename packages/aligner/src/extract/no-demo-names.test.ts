import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { PLACES } from "../../lexicons/places.ts";
import { DEMO_PEOPLE, DEMO_PLACES } from "../../test/fixtures/demo-corpus-names.ts";
import { extractArticle } from "../extract-article.ts";

const SRC = new URL("..", import.meta.url).pathname;
const REPO = new URL("../../../../", import.meta.url).pathname;

/** Every non-test TypeScript file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Every unit test (`*.test.ts`, `*.test.tsx`) under `dir`, recursively. */
function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The `src/` folders whose unit tests must use invented names. */
const TEST_ROOTS = [
  "packages/aligner/src",
  "packages/core/src",
  "apps/api/src",
  "apps/web/src",
  "apps/cli/src",
];

/**
 * Unit tests that may name the demo corpus's people and places: each runs code on the corpus
 * itself (or the web fixture built from it) and checks what comes out. Their tests on invented
 * sentences use invented names like the rest; a file joins this list only if it loads the corpus.
 */
const CORPUS_TESTS: Record<string, string> = {
  "packages/aligner/src/compare-story.gold.test.ts":
    "compares the corpus against its alignment gold",
  "packages/aligner/src/compare-story.test.ts": "compares the corpus and edited copies of it",
  "packages/aligner/src/extract/no-demo-names.test.ts": "this check: names what it looks for",
  "packages/aligner/src/align/units.test.ts": "builds units from the corpus comparison",
  "packages/aligner/src/markdown-report.test.ts": "renders the corpus comparison",
  "packages/aligner/src/timeline.test.ts": "builds the timeline of the corpus comparison",
  "packages/aligner/src/story-entities.test.ts": "builds story entities from the corpus comparison",
  "packages/aligner/src/extract/claims.test.ts": "reads claims of corpus articles",
  "packages/aligner/src/extract/dates/read-dates.test.ts": "reads dates of a corpus article",
  "packages/aligner/src/extract/attribution/quotes.test.ts": "reads speakers of corpus articles",
  "packages/aligner/src/extract/entities/entity-references.test.ts":
    "resolves pronouns of corpus articles",
  "packages/aligner/src/extract/entities/entity-titles.test.ts": "reads titles of corpus articles",
  "apps/api/src/ingest/fetch-article-page.test.ts": "serves a corpus article as a page",
  "apps/cli/src/extract-command.test.ts": "runs the extract command on a corpus file",
  "apps/web/src/components/compare-view.test.tsx":
    "renders the web fixture story (from the corpus)",
  "apps/web/src/components/comparison-grid.test.tsx":
    "renders the web fixture story (from the corpus)",
  "apps/web/src/components/happenings-view.test.tsx":
    "renders the web fixture story (from the corpus)",
  "apps/web/src/components/people-view.test.tsx": "renders the web fixture story (from the corpus)",
  "apps/web/src/model/story-data.test.ts":
    "reads the web fixture story's bylines (from the corpus)",
  "apps/web/src/model/story-glance.test.ts": "summarises the web fixture story (from the corpus)",
};

/** An import that brings the demo corpus (or a fixture made from it) into a test. */
const LOADS_CORPUS =
  /from "[^"]*(?:@parallax\/corpus|corpus-articles|corpus-comparison|tariff-story|test\/story-data)(?:\.ts)?"/;

/** `name` as a whole word ("Trump", not "trumped"; "Korea" not in "Korean"). */
function namesWord(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, "u").test(source);
}

function namedIn(names: readonly string[], files = sourceFiles(SRC)): string[] {
  const found: string[] = [];
  for (const path of files) {
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

  it("unit tests use invented names too, except the listed tests run on the corpus", () => {
    const general = new Set(PLACES);
    const names = [...DEMO_PEOPLE, ...DEMO_PLACES.filter((p) => !general.has(p))];
    const tests = TEST_ROOTS.flatMap((root) => testFiles(join(REPO, root)));
    expect(tests.length).toBeGreaterThan(100);
    const unlisted = tests.filter((path) => !(path.slice(REPO.length) in CORPUS_TESTS));
    expect(namedIn(names, unlisted).map((hit) => hit.slice(REPO.length))).toEqual([]);
  });

  it("every listed test loads the corpus or the web fixture made from it", () => {
    for (const path of Object.keys(CORPUS_TESTS)) {
      if (path.endsWith("no-demo-names.test.ts")) continue;
      expect([path, LOADS_CORPUS.test(readFileSync(join(REPO, path), "utf8"))]).toEqual([
        path,
        true,
      ]);
    }
  });
});
