import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation that reports its own speaker is not that speaker's words", () => {
  it("leaves unknown a run-on paragraph of a quoted report opening on the speaker's name", () => {
    const x = extract(
      "The Harbour Wire reported that night Vint testifies the quay was lost.",
      '"The hearing was closed but Norland Councillor Ivo Roe spoke to reporters afterwards and said this conflicted with previous accounts.',
      "\"Roe said Vint's testimony differed from an earlier assessment the former director gave members just days after the storm.",
      "“He (Vint) … stated that he thought all along he made it clear,” Roe said.",
    );
    expect(speakerOf(x, "testimony differed from an earlier")).toBeNull();
    expect(speakerOf(x, "he made it clear")).toBe("Ivo Roe");
  });

  it("keeps a speaker who names themselves without a finite reporting verb", () => {
    const x = extract(
      "Ivo Roe spoke in Castlebay on Monday.",
      '"Cast your mind back a year and look at Ivo Roe announcing his bid for the quay," Roe said in an interview.',
    );
    expect(speakerOf(x, "look at Ivo Roe announcing")).toBe("Ivo Roe");
  });
});
