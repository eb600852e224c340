import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpacesAndTabs, collapseWhitespace } from "./collapse-whitespace.ts";

// Text made mostly of the characters the patterns treat differently: plain spaces, tabs,
// newlines, other Unicode spaces and letters.
const gappy = fc
  .array(fc.constantFrom(" ", " ", "\t", "\n", "\r", "\u00a0", "\u2003", "\u3000", "a", "b", "<"), {
    maxLength: 60,
  })
  .map((chars) => chars.join(""));

describe("collapseWhitespace", () => {
  it("collapses runs, turns a lone tab or newline into a space, trims the ends", () => {
    expect(collapseWhitespace("  Seoul \t and\n\nTokyo  ")).toBe("Seoul and Tokyo");
    expect(collapseWhitespace("a\u00a0b c")).toBe("a b c");
    expect(collapseWhitespace(" \n\t ")).toBe("");
  });

  it("gives what replacing every whitespace run with one space gives", () => {
    fc.assert(
      fc.property(gappy, (text) => {
        expect(collapseWhitespace(text)).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("collapseSpacesAndTabs", () => {
  it("collapses runs of spaces and tabs but keeps newlines", () => {
    expect(collapseSpacesAndTabs("a \t b\n\n c\td")).toBe("a b\n\n c d");
  });

  it("gives what replacing every run of spaces and tabs with one space gives", () => {
    fc.assert(
      fc.property(gappy, (text) => {
        expect(collapseSpacesAndTabs(text)).toBe(text.replace(/[ \t]+/g, " "));
      }),
      { numRuns: 2000 },
    );
  });
});
