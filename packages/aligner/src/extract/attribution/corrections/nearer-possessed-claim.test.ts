import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a possessor's claim between a quote's cue and its quotation", () => {
  it("gives the quotation to the claim's possessor", () => {
    const x = extract(
      "Inspector Ivo Vint led the harbour inquiry.",
      "The pilots say they are not avoiding Ada Lund, who has been battered in recent weeks by " +
        "Inspector Ivo Vint's conclusion that her actions were “extremely careless.”",
    );
    expect(speakerOf(x, "extremely careless")).toBe("Ivo Vint");
  });

  it("gives a labelled phrase to the assertion's possessor", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "In a statement Tuesday, Harbour Watch chief Tessa Moor called Lund's assertion of a " +
        "“right of way” over the quay “troubling.”",
    );
    expect(speakerOf(x, "right of way")).toBe("Ada Lund");
  });

  it("keeps the cue's speaker when the claim is the speaker's own", () => {
    const x = extract(
      "Ivo Vint met the pilots on Monday.",
      "Vint said his own conclusion that the quay was “unsafe” had not changed.",
    );
    expect(speakerOf(x, "unsafe")).toBe("Ivo Vint");
  });
});
