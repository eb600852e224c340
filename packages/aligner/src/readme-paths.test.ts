import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The folder READMEs name files by path; a move or rename that forgets them leaves a reader
// looking for code that is no longer there. Every named file and every relative link must exist.

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = join(packageRoot, "..", "..");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules") return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

const readmes = filesUnder(packageRoot).filter((path) => path.endsWith("README.md"));

/** A backticked file name resolves beside the README, from the package or repo root, or as the
 * tail of a path below the README's folder (READMEs name files in their sub-folders briefly). */
function resolves(name: string, readmeDir: string, below: string[]): boolean {
  if ([readmeDir, packageRoot, repoRoot].some((base) => existsSync(join(base, name)))) return true;
  const tail = `/${normalize(name)}`;
  return below.some((path) => path.endsWith(tail));
}

describe("aligner READMEs", () => {
  it("finds the READMEs it checks", () => {
    expect(readmes.length).toBeGreaterThanOrEqual(7);
  });

  for (const readme of readmes) {
    it(`${relative(packageRoot, readme)} names only files that exist`, () => {
      const text = readFileSync(readme, "utf8");
      const dir = dirname(readme);
      const below = filesUnder(dir);
      const names = [...text.matchAll(/`([\w./@-]+\.(?:ts|tsx|md|txt|json|jsonl))`/g)].map(
        (match) => match[1] as string,
      );
      const links = [...text.matchAll(/\]\(([^)#\s]+)/g)]
        .map((match) => match[1] as string)
        .filter((link) => !/^[a-z]+:/.test(link));
      const missing = [
        ...names.filter((name) => !resolves(name, dir, below)),
        ...links.filter((link) => !existsSync(normalize(join(dir, link)))),
      ];
      expect(missing).toEqual([]);
    });
  }
});
