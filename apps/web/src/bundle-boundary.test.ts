import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, ".");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// A value import from @parallax/core/schemas pulls zod (~25 KB gzipped) into the browser bundle;
// runtime helpers come from @parallax/core/browser-safe, types with `import type`.
describe("browser bundle boundary", () => {
  it("imports only types from @parallax/core/schemas", () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(SRC)) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(
        /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"@parallax\/core\/schemas"/g,
      )) {
        const names = (match[2] ?? "")
          .split(",")
          .map((n) => n.trim())
          .filter(Boolean);
        const values = match[1] ? [] : names.filter((n) => !n.startsWith("type "));
        if (values.length > 0) offenders.push(`${file}: ${values.join(", ")}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
