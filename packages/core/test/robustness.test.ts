import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ArticleSchema, IngestError, MAX_INPUT_BYTES, parseArticle } from "../src/index.ts";

/** Runs parseArticle; returns the article, or the IngestError, and rethrows anything else. */
function attempt(input: Parameters<typeof parseArticle>[0]) {
  try {
    return parseArticle(input);
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

const newsy = fc.constantFrom(
  "Published: 24 Oct. 2025, 10:02",
  "BY KIM JI-HYE [[email protected]]",
  "Kim Yong-beom, left, speaks to reporters. [YONHAP]",
  "— Bloomberg (@business) October 20, 2025",
  "※ This article has been translated by AI. Share your feedback here.",
  "Join the Conversation",
  "Standards Board Policy (0/250자)",
  "According to Chosun, talks stalled.",
  "\u0000",
  "\ud800",
  "<p>",
  "<div>",
  "</div>",
  "<<",
  "&amp;",
  "\r\n",
  "\n\n",
  "",
);
const textLike = fc
  .tuple(
    fc.array(
      fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ maxLength: 20 }), newsy),
      { maxLength: 30 },
    ),
    fc.constantFrom("\n", " ", ""),
  )
  .map(([parts, separator]) => parts.join(separator));

// 300 parses a property, HTML among them: about 2 s alone, several times that on a loaded machine.
describe("parseArticle never throws anything but IngestError", { timeout: 30_000 }, () => {
  it("on arbitrary strings as text and as html (result, when any, matches ArticleSchema)", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), textLike),
        fc.boolean(),
        (value, asHtml) => {
          const result = attempt(
            asHtml ? { html: value, outlet: "Yonhap" } : { text: value, outlet: "Yonhap" },
          );
          if (!(result instanceof IngestError)) ArticleSchema.parse(result);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.boolean(), (bytes, asHtml) => {
        const result = attempt(
          asHtml ? { html: bytes, outlet: "Yonhap" } : { text: bytes, outlet: "Yonhap" },
        );
        if (!(result instanceof IngestError)) ArticleSchema.parse(result);
      }),
      { numRuns: 300 },
    );
  });

  it("on arbitrary outlets and urls", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 60 }),
        fc.option(fc.string({ maxLength: 60 })),
        (outlet, url) => {
          const result = attempt({ text: "Talks stalled in Seoul on Friday.", outlet, url });
          if (!(result instanceof IngestError)) ArticleSchema.parse(result);
        },
      ),
      { numRuns: 300 },
    );
  });
});

// No timing assertions (speed is measured by bench/pathological.ts); these prove termination
// and a clean outcome on inputs just under the limit, within the test timeout.
describe("pathological inputs just under MAX_INPUT_BYTES", () => {
  const size = MAX_INPUT_BYTES - 1024;
  const cases: Array<[string, Parameters<typeof parseArticle>[0]]> = [
    ["one 2 MB line of text", { text: "a".repeat(size), outlet: "X" }],
    ["2 MB of spaces inside a line", { text: `a${" ".repeat(size)}b`, outlet: "X" }],
    ["2 MB of capitalised words", { text: "Reported ".repeat(size / 9), outlet: "X" }],
    ["2 MB of credit-like brackets", { text: "[A".repeat(size / 2), outlet: "X" }],
    ["2 MB of short lines", { text: "ab\n".repeat(size / 3), outlet: "X" }],
    ["one 2 MB paragraph of HTML", { html: `<p>${"word ".repeat(size / 5)}</p>`, outlet: "X" }],
    ["2 MB of '<'", { html: "<".repeat(size), outlet: "X" }],
    ["2 MB of nested divs", { html: "<div>".repeat(size / 5), outlet: "X" }],
    ["2 MB of unclosed tags", { html: "<a".repeat(size / 2), outlet: "X" }],
    [
      "a 2 MB class attribute",
      { html: `<p class='${"a ".repeat(size / 2 - 8)}'>x</p>`, outlet: "X" },
    ],
  ];
  for (const [name, input] of cases) {
    it(`${name} ends in an article or an IngestError`, { timeout: 30_000 }, () => {
      const result = attempt(input);
      if (result instanceof IngestError) expect(result.message.length).toBeGreaterThan(20);
      else expect(ArticleSchema.safeParse(result).success).toBe(true);
    });
  }
});
