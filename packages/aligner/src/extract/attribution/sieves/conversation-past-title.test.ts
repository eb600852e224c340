import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { isQuotedTitle } from "./conversation-past-title.ts";

describe("conversation past a quoted title", () => {
  it("carries the speaker past a show's title to the next cue-less quotation", () => {
    const x = extract(
      "Ada Lund has backed the harbour plan for years.",
      "“Ships, ships, ships,” Ms. Ada Lund said on “The Late Hour With Ivo Vint” last month when asked what the port would do. “Nobody did it better.”",
    );
    expect(speakerOf(x, "Ships, ships")).toBe("Ada Lund");
    expect(speakerOf(x, "Nobody did it better")).toBe("Ada Lund");
  });

  it("abstains when a reporting verb between may bring another speaker", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on the pier.",
      "“Ships, ships, ships,” Ada Lund said on “The Late Hour” before Vint replied. “Nobody did it better.”",
    );
    expect(speakerOf(x, "Nobody did it better")).not.toBe("Ada Lund");
  });
});

describe("isQuotedTitle", () => {
  const q = (s: string) => ({
    open: 0,
    close: s.length - 1,
    start: 1,
    end: s.length - 1,
    runsOn: false,
    paragraphIndex: 0,
  });
  it("reads title-case words without clause punctuation as a title", () => {
    expect(isQuotedTitle("“The Late Hour With Ivo Vint”", q("“The Late Hour With Ivo Vint”"))).toBe(
      true,
    );
    expect(isQuotedTitle("“Today”", q("“Today”"))).toBe(true);
    expect(isQuotedTitle("“Nobody did it better”", q("“Nobody did it better”"))).toBe(false);
    expect(isQuotedTitle("“Ships, Ships”", q("“Ships, Ships”"))).toBe(false);
  });
});
