import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a clause interposed between the subject and its reporting verb", () => {
  it("gives a relative clause's quote its antecedent, not the name inside the clause", () => {
    const x = extract(
      "Dora Pell and Amos Vint met voters in Ohio on Monday.",
      "Speaking later on the radio, Sen. Lena Orrick (D-Ore.), who has endorsed Pell, said " +
        'Vint has pushed the race to be "more open."',
    );
    expect(speakerOf(x, "more open")).toBe("Lena Orrick");
  });

  it("reads a relative clause with its own commas and one after a quoted title", () => {
    const x = extract(
      "Dora Pell and Amos Vint met voters in Ohio on Monday.",
      "Ed Quill, who, after trading insults with Mr. Vint, said on the show that " +
        "“too much of the party has lost its way.”",
      'Sam Tovey, a contestant on Pell\'s game show, "The Pitch," who went on to work with Pell, ' +
        'said his boss was "always kind and generous."',
    );
    expect(speakerOf(x, "lost its way")).toBe("Ed Quill");
    expect(speakerOf(x, "always kind")).toBe("Sam Tovey");
  });

  it("gives a participle clause's quote the name before it", () => {
    const x = extract(
      "Dora Pell and Amos Vint met voters in Ohio on Monday.",
      "But Sen. Ed Quill (D-Ill.), noting the size of Vint's following, said, " +
        "“He has a heck of a mailing list.”",
    );
    expect(speakerOf(x, "heck of a mailing list")).toBe("Ed Quill");
  });

  it("never gives a remark between dashes its own name as the speaker", () => {
    const x = extract(
      "Dora Pell and Amos Vint met voters in Ohio on Monday.",
      "On Friday, Quill — named by aides as the top choice for Amos Vint’s running mate — " +
        "told Lena Orrick of a radio show that “you have to look at it very seriously.”",
    );
    expect(speakerOf(x, "very seriously")).not.toBe("Amos Vint");
  });

  it("keeps the subject before a dash remark when the article names that person", () => {
    const x = extract(
      "Ed Quill and Amos Vint met voters in Ohio on Monday.",
      "On Friday, Quill — named by aides as the top choice for Amos Vint’s running mate — " +
        "told a radio show that “you have to look at it very seriously.”",
    );
    expect(speakerOf(x, "very seriously")).toBe("Ed Quill");
  });
});
