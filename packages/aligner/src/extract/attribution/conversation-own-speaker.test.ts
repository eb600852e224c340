import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("the conversation does not carry a speaker to a quotation with a speaker of its own", () => {
  it("stops at a past-tense verb inverted after the closing mark", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The Elmshire Courier said Ms. Lund had been “rattled” by Mr. Vint. “Sunk!” blazed the cover of the Dunmore Gazette.",
    );
    expect(speakerOf(x, "Sunk!")).toBeNull();
  });

  it("stops at a quoted name after a determiner in narration", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“The tide is turning,” Lund said on Friday. Lund is drawing fire from Vint over her seat on the cross-party “Circle of Five” that drafted the levy in 2011.",
    );
    expect(speakerOf(x, "The tide is turning")).toBe("Ada Lund");
    expect(speakerOf(x, "Circle of Five")).toBeNull();
  });

  it("still carries the speaker to a continued quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“The tide is turning,” Lund said. “The Dock Charter works.”",
    );
    expect(speakerOf(x, "The Dock Charter works")).toBe("Ada Lund");
  });
});
