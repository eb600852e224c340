import { describe, expect, it } from "vitest";
import { looksLikeHtml, utf8Bytes } from "./pasted-html.ts";

describe("looksLikeHtml", () => {
  it("finds a pasted page or a fragment of paragraphs", () => {
    expect(looksLikeHtml("<!DOCTYPE html><html><body><p>Rain.</p></body></html>")).toBe(true);
    expect(
      looksLikeHtml("<h1>Storm hits coast</h1>\n<p>Heavy rain fell.</p>\n<p>More tomorrow.</p>"),
    ).toBe(true);
  });

  it("leaves plain text alone, even with a stray angle bracket or one tag-like word", () => {
    expect(looksLikeHtml("Prices rose 3% (<5% forecast) as the <b> key fell.\nSecond line.")).toBe(
      false,
    );
    expect(looksLikeHtml("Officials said talks would resume on Monday.")).toBe(false);
  });
});

describe("utf8Bytes", () => {
  it("counts multi-byte characters as the server does", () => {
    expect(utf8Bytes("é")).toBe(2);
    expect(utf8Bytes("abc")).toBe(3);
  });
});
