import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation after a person's unquoted label", () => {
  it("is the label's person's, at a paragraph's start", () => {
    const x = extract(
      "Ada Roe: Vint’s ‘Reckless Plan’ Will Sink the Port.",
      "Ada Roe, the harbour master, spoke on Monday about Ivo Vint and the port.",
      "Dr. Roe: Vint Is ‘Not Fit To Serve’ As Mayor.",
    );
    expect(speakerOf(x, "Reckless Plan")).toBe("Ada Roe");
    expect(speakerOf(x, "Not Fit To Serve")).toBe("Ada Roe");
  });

  it("is the nearest label's person's after another speaker's quotation", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met in Castlebay.",
      'Roe: "We will build the quay." Vint: "We will not build it."',
    );
    expect(speakerOf(x, "We will not")).toBe("Ivo Vint");
  });

  it("gives nothing after a place's label or a clause's colon", () => {
    const x = extract(
      "Ada Roe spoke in Castlebay.",
      "Castlebay: the ‘new port’ opens.",
      "The board heard from Roe: the ‘best plan’ wins.",
    );
    expect(speakerOf(x, "new port")).toBeNull();
    expect(speakerOf(x, "best plan")).toBeNull();
  });
});
