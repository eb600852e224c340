import type { ArticleId, Conflict } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { valuesOfTwoThreads } from "./two-threads.ts";

const id = (n: number) => `a${n}` as ArticleId;
/** Articles 0–2 tell one earthquake (thread 0), articles 3–5 another (thread 1). */
const threadOf = (articleId: ArticleId) => (Number(articleId.slice(1)) < 3 ? 0 : 1);
const magnitudes = (values: [number, string][]): Conflict => ({
  kind: "figure",
  subject: "magnitude",
  values: values.map(([article, text]) => ({ articleId: id(article), text, span: null })),
});

describe("valuesOfTwoThreads", () => {
  it("reads two values each told by two articles of their own thread as two happenings", () => {
    const c = magnitudes([
      [0, "5.9"],
      [3, "5.6"],
      [1, "5.9"],
      [4, "5.6"],
    ]);
    expect(valuesOfTwoThreads(c, threadOf)).toBe(true);
  });

  it("keeps a lone outlet at odds with another thread: a disagreement", () => {
    const c = magnitudes([
      [0, "5.9"],
      [3, "5.6"],
      [1, "5.9"],
    ]);
    expect(valuesOfTwoThreads(c, threadOf)).toBe(false);
  });

  it("keeps values set against each other inside one thread", () => {
    const c = magnitudes([
      [0, "5.9"],
      [1, "5.6"],
      [2, "5.9"],
      [4, "5.6"],
    ]);
    expect(valuesOfTwoThreads(c, threadOf)).toBe(false);
  });

  it("reads an article giving the other thread's value as telling the other happening", () => {
    // Article 2 sits in thread 0 but gives the value articles 3 and 4 (thread 1) give.
    const c = magnitudes([
      [0, "5.9"],
      [2, "5.6"],
      [1, "5.9"],
      [3, "5.6"],
      [4, "5.6"],
    ]);
    expect(valuesOfTwoThreads(c, threadOf)).toBe(true);
  });

  it("keeps a value no thread gives mostly: articles of both threads at odds", () => {
    const c = magnitudes([
      [0, "5.9"],
      [2, "5.6"],
      [1, "5.9"],
      [3, "5.6"],
    ]);
    expect(valuesOfTwoThreads(c, threadOf)).toBe(false);
  });

  it("never drops a title or speaker conflict: those are about one person or one remark", () => {
    const c: Conflict = {
      ...magnitudes([
        [0, "Prime Minister"],
        [3, "President"],
        [1, "Prime Minister"],
        [4, "President"],
      ]),
      kind: "title",
    };
    expect(valuesOfTwoThreads(c, threadOf)).toBe(false);
  });
});
