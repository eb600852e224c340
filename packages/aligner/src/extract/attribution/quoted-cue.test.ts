import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a cue inside the quotation marks of a quoted passage", () => {
  it("does not name the passage's speaker", () => {
    const x = extract(
      "The Harbour Times wrote on Monday, in a plain report:",
      '"As we have said before, the only figure close to that is a plan in May by Mayor Ada Lund ' +
        "to raise the quay fee. Then, in June, Lund said that the fee would double.",
      '"That adds up to a lot. But this would be the total."',
      "Ivo Vint disagreed.",
    );
    expect(speakerOf(x, "As we have said before")).not.toBe("Ada Lund");
  });

  it("keeps a cue outside the marks", () => {
    const x = extract(
      "Mayor Ada Lund spoke on Monday.",
      "“The fee will double in June,” Lund said. “That adds up to a lot.”",
    );
    expect(speakerOf(x, "The fee will double")).toBe("Ada Lund");
    expect(speakerOf(x, "That adds up to a lot")).toBe("Ada Lund");
  });
});
