import { describe, expect, it } from "vitest";
import { articleThreads } from "./article-threads.ts";

/** Likeness from a table: articles 0–2 tell one happening, 3–4 another. */
const likeness = (table: number[][]) => ({
  between: (a: number, b: number) => table[Math.min(a, b)]?.[Math.max(a, b)] ?? 0,
  typical: 0.3,
});

describe("articleThreads", () => {
  it("splits articles into the happenings they tell", () => {
    const table = [
      [1, 0.6, 0.5, 0.1, 0.2],
      [0, 1, 0.7, 0.2, 0.1],
      [0, 0, 1, 0.1, 0.1],
      [0, 0, 0, 1, 0.8],
    ];
    expect(articleThreads(5, likeness(table))).toEqual([0, 0, 0, 1, 1]);
  });

  it("does not let one article alike to both happenings chain them", () => {
    // Article 2 is alike to 0 and to 4; 0–1 and 3–4 are alike among themselves only.
    const table = [
      [1, 0.8, 0.5, 0.05, 0.05],
      [0, 1, 0.2, 0.05, 0.05],
      [0, 0, 1, 0.2, 0.5],
      [0, 0, 0, 1, 0.8],
    ];
    const threads = articleThreads(5, likeness(table));
    expect(threads[0]).toBe(threads[1]);
    expect(threads[3]).toBe(threads[4]);
    expect(threads[0]).not.toBe(threads[3]);
  });
});
