import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { isOpeningChain } from "./cues/opening-adverbial.ts";

describe("isOpeningChain", () => {
  it("takes an adverbial or subordinate clause, then asides that open lowercase", () => {
    for (const lead of [
      "In his harbour speech, a tribute to Ed Roe, the nominee that year",
      "And a few weeks later, on the steps of the town hall, where he first ran",
      "When the subject comes up on the trail",
      "Even before the vote",
      "For much of the show, with sleeves rolled",
    ])
      expect(isOpeningChain(lead), lead).toBe(true);
  });

  it("refuses a clause of its own, a name after the first part and a quotation", () => {
    for (const lead of [
      "Roe announced her run last week",
      "On Monday, Roe",
      "In his “farewell” speech",
      "Roe, Pell",
    ])
      expect(isOpeningChain(lead), lead).toBe(false);
  });
});

describe("a speaker after a chain of openings", () => {
  it("reads past an adverbial with an appositive chain to the main clause's subject", () => {
    const x = extract(
      "Amos Vint and Ed Roe met the council on Monday.",
      "In his 2004 harbour speech, a tribute to Ed Roe, the nominee that year, Mr. Vint " +
        "decried the “spin masters and peddlers who embrace anything,” and he left.",
    );
    expect(speakerOf(x, "spin masters")).toBe("Amos Vint");
  });

  it("reads past adverbials and a relative clause about a place", () => {
    const x = extract(
      "Amos Vint met the council on Monday.",
      "And a few weeks later, on the steps of the town hall, where he had first run for " +
        "office, Mr. Vint expressed a deep regret for “my failure to fix the port.”",
    );
    expect(speakerOf(x, "fix the port")).toBe("Amos Vint");
  });

  it("reads past an aside set off by dashes", () => {
    const x = extract(
      "Amos Vint and Ada Lund met the council on Monday.",
      "For much of the show - with sleeves rolled and the script ignored - Mr. Vint assured " +
        "the crowd that Lund was “made of the same stuff,” even if she could not show it.",
    );
    expect(speakerOf(x, "same stuff")).toBe("Amos Vint");
  });

  it("reads a form after a possessive in the opening as a noun, not the first verb", () => {
    const x = extract(
      "Amos Vint and Ed Roe met the council on Monday.",
      "Even before Roe's remarks about him, Mr. Vint had criticized the bishop as “a " +
        "political person” and accused him of meddling.",
    );
    expect(speakerOf(x, "political person")).toBe("Amos Vint");
  });

  it("leaves the quote unknown when a name follows the first adverbial as a list", () => {
    const x = extract(
      "Amos Vint and Ed Roe met the council on Monday.",
      "On Monday, Roe, Vint and the mayor decried the “spin masters and peddlers who embrace anything.”",
    );
    expect(speakerOf(x, "spin masters")).toBeNull();
  });
});
