import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a military rank as a title", () => {
  it("takes up the person the article gave that rank", () => {
    const x = extract(
      "For the Harbour navy, Admiral Tom Vint, 59, is a tough talker. He was born in Orvalia.",
      "The comments had two goals, the admiral said. “When I am described as an Orvalian admiral, it is not true,” he said.",
    );
    expect(speakerOf(x, "two goals")).toBe("Tom Vint");
    expect(speakerOf(x, "not true")).toBe("Tom Vint");
  });

  it("stays someone unnamed when the article gave nobody that rank", () => {
    const x = extract(
      "Tom Vint, 59, is a tough talker. He was born in Orvalia.",
      "“The drills will go on,” the colonel said.",
    );
    expect(speakerOf(x, "drills will go on")).not.toBe("Tom Vint");
  });
});
