import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { PLACES } from "../../lexicons/places.ts";
import { DEMO_PEOPLE, DEMO_PLACES } from "../../test/fixtures/demo-corpus-names.ts";
import { extractArticle } from "../extract-article.ts";

const REPO = new URL("../../../../", import.meta.url).pathname;

/**
 * Every folder of product or harness code, comments included: the corpus package only loads its
 * data files by path, so it names nobody either.
 */
const SOURCE_ROOTS = [
  "packages/aligner/src",
  "packages/aligner/lexicons",
  "packages/core/src",
  "packages/corpus/src",
  "packages/eval/src",
  "packages/progress/src",
  "apps/api/src",
  "apps/cli/src",
  "apps/web/src",
];

/** Every non-test TypeScript file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const ALL_SOURCES = SOURCE_ROOTS.flatMap((root) => sourceFiles(join(REPO, root)));

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
 * itself (or the web fixture built from it) and checks what comes out, and says so in its name,
 * `*.corpus.test.ts(x)`. Every other test file uses invented names, line by line; a test that
 * needs the corpus goes into the `.corpus` file beside it. This file is one of them: it runs the
 * extractor on the corpus and names what it looks for.
 */
const CORPUS_TEST = /\.corpus\.test\.tsx?$/;

/** An import that brings the demo corpus (or a fixture made from it) into a test. */
const LOADS_CORPUS =
  /from "[^"]*(?:@parallax\/corpus|corpus-articles|corpus-comparison|tariff-story|test\/story-data)(?:\.ts)?"/;

/** `name` as a whole word ("Trump", not "trumped"; "Korea" not in "Korean"). */
function namesWord(source: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}-])${escaped}(?![\\p{L}-])`, "u").test(source);
}

function namedIn(names: readonly string[], files = ALL_SOURCES): string[] {
  const found: string[] = [];
  for (const path of files) {
    const source = readFileSync(path, "utf8");
    for (const name of names)
      if (namesWord(source, name)) found.push(`${path.slice(REPO.length)}: ${name}`);
  }
  return found;
}

describe("no demo-corpus name in src/", () => {
  it("reads the source of every package and app, not only the aligner's", () => {
    for (const root of SOURCE_ROOTS)
      expect([root, ALL_SOURCES.some((path) => path.startsWith(join(REPO, root)))]).toEqual([
        root,
        true,
      ]);
  });

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

  it("unit tests use invented names too, except the `*.corpus.test.ts(x)` files that run on the corpus", () => {
    const general = new Set(PLACES);
    const names = [...DEMO_PEOPLE, ...DEMO_PLACES.filter((p) => !general.has(p))];
    const tests = TEST_ROOTS.flatMap((root) => testFiles(join(REPO, root)));
    expect(tests.length).toBeGreaterThan(100);
    const invented = tests.filter((path) => !CORPUS_TEST.test(path));
    expect(namedIn(names, invented).map((hit) => hit.slice(REPO.length))).toEqual([]);
  });

  it("every `*.corpus.test.ts(x)` file loads the corpus or the web fixture made from it", () => {
    const corpusTests = TEST_ROOTS.flatMap((root) => testFiles(join(REPO, root))).filter((path) =>
      CORPUS_TEST.test(path),
    );
    expect(corpusTests.length).toBeGreaterThan(10);
    for (const path of corpusTests) {
      expect([path.slice(REPO.length), LOADS_CORPUS.test(readFileSync(path, "utf8"))]).toEqual([
        path.slice(REPO.length),
        true,
      ]);
    }
  });
});
