import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("the conversation does not carry a speaker to a quotation with a speaker of its own", () => {
  it("stops at a past-tense verb inverted after the closing mark", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Yet coverage was harsh: the Elmshire Courier said Mr. Vint had been “shaken” by Ms. Lund. “Collapse!” blared the front page of the Dunmore Gazette.",
    );
    expect(speakerOf(x, "Collapse!")).toBeNull();
  });

  it("stops at a quoted name after a determiner in narration", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“We cannot ignore the fact,” Lund said at a forum here Thursday. Lund is taking heat from Vint over her membership in the bipartisan “Gang of Nine” that pushed reform in 2013.",
    );
    expect(speakerOf(x, "We cannot ignore")).toBe("Ada Lund");
    expect(speakerOf(x, "Gang of Nine")).toBeNull();
  });

  it("still carries the speaker to a continued quotation", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“We cannot ignore the fact,” Lund said. “The Harbour Plan works.”",
    );
    expect(speakerOf(x, "The Harbour Plan works")).toBe("Ada Lund");
  });
});
