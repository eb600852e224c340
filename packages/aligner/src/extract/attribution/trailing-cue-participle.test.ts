import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("an -ing word after a name past a quotation", () => {
  it("is no trailing cue after `had`", () => {
    const x = extract(
      "Ada Lund and Ivo Vint spoke in Harbour City on Monday.",
      "She is noting the “kind of trouble” Vint had answering questions about the quay.",
    );
    expect(speakerOf(x, "kind of trouble")).not.toBe("Ivo Vint");
  });

  it("is a trailing cue after `was`", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "“We will not move,” Vint was saying as the crowd left.",
    );
    expect(speakerOf(x, "We will not move")).toBe("Ivo Vint");
  });
});
