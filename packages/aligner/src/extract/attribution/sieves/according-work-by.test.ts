import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation closed by “according to <a work> by X” is X's", () => {
  it("reads the maker of a filing after its title", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“The evidence cannot prove the charge,” according to a court document filed by state attorney Ivo Vint.",
    );
    expect(speakerOf(x, "The evidence cannot prove")).toBe("Ivo Vint");
  });

  it("reads calculations by a named person of an institute", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "A “fair wage” in Harbour City is about $14 an hour, according to calculations by Ada Lund of the Harbour Institute.",
    );
    expect(speakerOf(x, "fair wage")).toBe("Ada Lund");
  });

  it("abstains when a reporting verb stands between the quotation and the cue", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“We will not wait,” Lund told the crowd, according to a recording made by Ivo Vint.",
    );
    expect(speakerOf(x, "We will not wait")).toBe("Ada Lund");
  });

  it("abstains when no one known follows “by”", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "“The port is closed,” according to a notice posted by the gate.",
    );
    expect(speakerOf(x, "The port is closed")).toBeNull();
  });
});
