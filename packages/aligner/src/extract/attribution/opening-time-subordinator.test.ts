import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../test/support/quote-speakers.ts";
import { isOpeningChain } from "./cues/opening-adverbial.ts";

// `But almost immediately after she did, Ivo Vint, who advised Lund, tweeted this: “…”`: a
// subordinate clause led by an adverb of time opens the sentence before its subject.

describe("a subordinate clause after an adverb of time opening the sentence", () => {
  it("is an opening chain", () => {
    expect(isOpeningChain("But almost immediately after she did")).toBe(true);
    expect(isOpeningChain("Soon after the vote came up")).toBe(true);
    expect(isOpeningChain("Lund left soon after the vote")).toBe(false);
  });

  it("lets the name after it speak", () => {
    const x = extractParagraphs(
      "Ada Lund spoke at the harbour on Monday.",
      "But almost immediately after she did, Ivo Vint, who was senior adviser to Lund, tweeted this: “She did it again.”",
      "Shortly before the vote, Per Moss, a pilot, wrote: “We wait.”",
    );
    expect(speakerOf(x, "She did it again")).toBe("Ivo Vint");
    expect(speakerOf(x, "We wait")).toBe("Per Moss");
  });
});
