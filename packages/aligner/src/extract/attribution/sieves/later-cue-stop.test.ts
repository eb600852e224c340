import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a reporting verb ending the sentence is read without its full stop", () => {
  it("gives the main clause's subject no quotation whose sentence ends with another speaker's cue", () => {
    const x = extract(
      "Port chair Ada Lund spoke at the Castlebay wharf.",
      "Port chair Ada Lund rejected the “quay toll” on Monday, the porters argued.",
      "Port chair Ada Lund dismissed the “harbour tax” as a bluff, Ivo Vint claimed.",
    );
    expect(speakerOf(x, "quay toll")).not.toBe("Ada Lund");
    expect(speakerOf(x, "harbour tax")).not.toBe("Ada Lund");
  });

  it("gives a name opening the sentence no quotation that another speaker's closing cue follows", () => {
    const x = extract(
      "Ada Lund spoke at the Castlebay wharf.",
      "Lund rejected the “quay toll” on Monday, the porters argued.",
    );
    expect(speakerOf(x, "quay toll")).not.toBe("Ada Lund");
  });

  it("still credits the subject when no cue closes the sentence", () => {
    const x = extract(
      "Port chair Ada Lund spoke at the Castlebay wharf.",
      "Port chair Ada Lund rejected the “quay toll” on Monday as unfair.",
    );
    expect(speakerOf(x, "quay toll")).toBe("Ada Lund");
  });
});
