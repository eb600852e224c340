import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleId } from "./article-id.ts";
import { normalizeText } from "./normalize-text.ts";

describe("normalizeText", () => {
  it("normalises line endings, NFC, invisible characters and trailing spaces only", () => {
    expect(normalizeText("a  \r\nb\rc\u2028d")).toBe("a\nb\nc\nd");
    expect(normalizeText("Cafe\u0301")).toBe("Café");
    expect(normalizeText("zero\u200bwidth\u00a0space\u0007")).toBe("zerowidth space");
    expect(normalizeText("“quotes” — and ‘dashes’ – kept…")).toBe(
      "“quotes” — and ‘dashes’ – kept…",
    );
  });
});

describe("articleId", () => {
  it("is the first 16 hex chars of the SHA-256 of the normalised input", () => {
    const input = normalizeText("Talks stall\r\n");
    expect(articleId(input)).toBe(
      createHash("sha256").update("Talks stall\n").digest("hex").slice(0, 16),
    );
    expect(articleId(input)).toMatch(/^[0-9a-f]{16}$/);
  });
});
