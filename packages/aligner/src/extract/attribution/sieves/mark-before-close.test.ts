import { describe, expect, it } from "vitest";
import {
  extractParagraphs,
  quoteStarting,
  speakerName,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { markBeforeClose } from "./mark-before-close.ts";

// `''…,'' Moss pointed out.`: doubled apostrophes close a quotation as a space and `”`, so the
// comma before the closing mark stands two characters back.

describe("the mark before a closing quotation mark", () => {
  it("reads past the space a doubled apostrophe leaves", () => {
    expect(markBeforeClose("“We won, ”", 9)).toBe(",");
    expect(markBeforeClose("“We won,”", 8)).toBe(",");
    expect(markBeforeClose("“We won”", 7)).toBe("n");
  });

  it("credits a cue with any verb after a quotation closed by doubled apostrophes", () => {
    const x = extractParagraphs(
      "Ada Lund spoke at the harbour on Monday. Per Moss came too.",
      "''The stock has done well,'' Moss pointed out.",
      "''Why now?'' Lund pressed.",
    );
    expect(speakerOf(x, "The stock has done well")).toBe("Per Moss");
    expect(speakerOf(x, "Why now")).toBe("Ada Lund");
  });

  it("gives a quotation closed on a comma by doubled apostrophes to the cue after it", () => {
    const x = extractParagraphs(
      "Ivo Vint and Ada Lund spoke at the harbour.",
      "Vint cannot say that the harbour is ''working to change its image,'' Lund added.",
    );
    const direct = quoteStarting(x, "working to change its image");
    expect(speakerName(x, direct)).toBe("Ada Lund");
  });
});
