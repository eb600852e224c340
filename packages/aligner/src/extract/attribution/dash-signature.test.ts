import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("dash signature: a quotation paragraph signed by a name on the next line", () => {
  it("the person named after the dash, or alone on the line, speaks", () => {
    const x = extract(
      "Ada Lund and Ivo Vint debated the harbour plan on Monday.",
      "“Nobody in this town has seen a single crane move since the spring.”",
      "-Ada Lund, speaking at the dock.",
      "The cranes did move in May.",
      "“We will finish the pier before the first snow.”",
      "Ivo Vint.",
    );
    expect(speakerOf(x, "single crane")).toBe("Ada Lund");
    expect(speakerOf(x, "before the first snow")).toBe("Ivo Vint");
  });

  it("abstains when the paragraph holds more than the quotation, or the line names no person", () => {
    const x = extract(
      "Ada Lund and Ivo Vint debated the harbour plan on Monday.",
      "The mayor wrote that “the pier is nearly done.”",
      "-Ada Lund.",
      "“The cranes are idle again this week.”",
      "-Harbour Ledger.",
    );
    expect(speakerOf(x, "nearly done")).not.toBe("Ada Lund");
    expect(speakerOf(x, "cranes are idle")).toBeNull();
  });

  it("reads a signer the article names only there, by a title and surname or a glued dash", () => {
    const x = extract(
      "The harbour gala ended late on Monday.",
      "“Great speech. She is tested, she is ready, and she never quits.”",
      "-Mayor Vint, writing after the speech.",
      "“The whole idea of a crooked board is something we hear about all the time.”",
      "-Marta Quill, Harbour City.",
    );
    expect(speakerOf(x, "she never quits")).toBe("Mayor Vint");
    expect(speakerOf(x, "crooked board")).toBe("Marta Quill");
  });
});
