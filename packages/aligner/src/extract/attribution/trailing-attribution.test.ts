import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("an attribution closing a sentence that opens with a quotation", () => {
  it("gives the quotation, and the clause it opens, to the speaker after the comma", () => {
    const x = extract(
      "“You have one candidate who wants to win, and another who lives in the past” that is plainly out of touch, Tomas Weller said. “There is no better foil.”",
      "“He was going to make the name known,” as his father had hoped, Ms. Dora Pell said on Monday.",
    );
    expect(speakerOf(x, "lives in the past")).toBe("Tomas Weller");
    expect(speakerOf(x, "There is no better foil")).toBe("Tomas Weller");
    expect(speakerOf(x, "make the name known")).toBe("Dora Pell");
  });
});
