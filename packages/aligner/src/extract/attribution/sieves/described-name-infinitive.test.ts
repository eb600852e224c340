import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// `My editor, Ivo Vint, interrupted me to announce, “…”`: the person named after the description
// speaks (described-name-infinitive.ts).

describe("a description and a name before “to announce”", () => {
  it("gives the named person the quotation", () => {
    const x = extractParagraphs(
      "The harbour paper closed on Friday.",
      "My editor, Ivo Vint, interrupted me in mid-sentence to announce, “And there goes the pier.”",
    );
    expect(speakerOf(x, "there goes the pier")).toBe("Ivo Vint");
  });

  it("reads a longer description", () => {
    const x = extractParagraphs(
      "The harbour paper closed on Friday.",
      "The editor I was talking to, Ada Lund, stood up to declare: “We are done here.”",
    );
    expect(speakerOf(x, "We are done here")).toBe("Ada Lund");
  });

  it("leaves a third person who may be the one told to speak", () => {
    const x = extractParagraphs(
      "The harbour paper closed on Friday.",
      "My editor, Ivo Vint, asked her to announce, “And there goes the pier.”",
    );
    expect(speakerOf(x, "there goes the pier")).not.toBe("Ivo Vint");
  });
});
