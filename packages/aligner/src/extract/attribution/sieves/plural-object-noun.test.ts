import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a plural noun spelt as a reporting verb is no second speaker's verb", () => {
  it("in the predicate: … accused her of making cruel remarks by using the word “…”", () => {
    const x = extract(
      "Sen. Ivo Vint has cast Ada Roe as unfit and accused her of making cruel remarks by using the word “dockrat” in 1998.",
    );
    expect(speakerOf(x, "dockrat")).toBe("Ivo Vint");
  });

  it("after the quotation: …; with less luck, she started raising questions about …", () => {
    const x = extract(
      "Ivo Vint and Nora Quill met on Monday.",
      "Quill, with open delight, chided Vint for raising questions about whether he met the harbour's “residence rule” for mayors; with less luck, she started raising questions about his boats.",
    );
    expect(speakerOf(x, "residence rule")).toBe("Nora Quill");
  });

  it("abstains when the noun introduces the quotation as its own words", () => {
    const x = extract(
      "Pell Moss and Ada Roe met on Monday.",
      "Moss roused the crowd to loud chants of “Close the gates!”",
    );
    expect(speakerOf(x, "Close the gates")).not.toBe("Pell Moss");
  });

  it("reads the word after a noun as that subject's verb", () => {
    const x = extract(
      "Ada Roe met the board on Monday.",
      "Roe praised the plan, and the board claims the port is “a fine asset for the town.”",
    );
    expect(speakerOf(x, "a fine asset")).not.toBe("Ada Roe");
  });
});
