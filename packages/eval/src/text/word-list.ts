import { readFileSync } from "node:fs";

/** Reads a word-list data file: one lowercased entry per line, `#` lines are comments. */
export function readWordList(url: URL): ReadonlySet<string> {
  return new Set(
    readFileSync(url, "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#")),
  );
}
