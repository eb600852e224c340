import { describe, expect, it } from "vitest";
import { wordDiff } from "./word-diff.ts";

const A = "0000000000000001";
const B = "0000000000000002";

describe("wordDiff", () => {
  it("marks words, not characters, as added and removed between two translations of one quote", () => {
    const diff = wordDiff(
      { articleId: A, text: "substantial progress on most issues" },
      { articleId: B, text: "There was substantive progress on most of the issues" },
    );
    expect(diff.articleId).toBe(B);
    expect(diff.againstArticleId).toBe(A);
    const removed = diff.parts.filter((p) => p.op === "removed").map((p) => p.value.trim());
    const added = diff.parts.filter((p) => p.op === "added").map((p) => p.value.trim());
    expect(removed).toContain("substantial");
    expect(added.join(" ")).toContain("substantive");
    expect(diff.parts.some((p) => p.op === "equal" && p.value.includes("progress on most"))).toBe(
      true,
    );
    // Whole words only: no part is a fragment such as "substant".
    for (const part of diff.parts) expect(part.value).not.toMatch(/^substant$/);
  });

  it("rebuilds both texts (up to whitespace) from its parts", () => {
    const reference = "Korea pledged $350 billion in U.S.-bound investment.";
    const other = "Korea pledged $300 billion in investment in the United States.";
    const diff = wordDiff({ articleId: A, text: reference }, { articleId: B, text: other });
    const oldText = diff.parts
      .filter((p) => p.op !== "added")
      .map((p) => p.value)
      .join("");
    const newText = diff.parts
      .filter((p) => p.op !== "removed")
      .map((p) => p.value)
      .join("");
    const squash = (text: string) => text.replace(/\s+/g, "");
    expect(squash(oldText)).toBe(squash(reference));
    expect(squash(newText)).toBe(squash(other));
    expect(diff.parts).toContainEqual({ value: "350", op: "removed" });
    expect(diff.parts).toContainEqual({ value: "300", op: "added" });
  });
});

describe("wordDiff of identical texts", () => {
  it("is one equal part", () => {
    const text = "Both officials had returned to Korea just days earlier.";
    expect(wordDiff({ articleId: A, text }, { articleId: B, text }).parts).toEqual([
      { value: text, op: "equal" },
    ]);
  });
});
