import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { relativeThat } from "./relative-that.ts";

describe("a relative 'that' after a speech verb's object", () => {
  it("reads the reported clause from the verb, not from the relative 'that'", () => {
    const x = extract(
      "Ada Lund toured the docks on Monday.",
      "Lund said she meets crews in a port that has lost half its trade since the spring.",
    );
    expect(x.quotes.some((q) => q.text.startsWith("has lost half its trade"))).toBe(false);
    expect(speakerOf(x, "she meets crews in a port")).toBe("Ada Lund");
  });

  it("gives no quote to a description that follows the verb", () => {
    const x = extract(
      "Ivo Vint toured the docks on Monday.",
      "Vint said, a plan that could cost the port its winter trade.",
    );
    expect(x.quotes.some((q) => q.text.startsWith("could cost the port"))).toBe(false);
  });

  it("keeps the 'that' of a reported clause", () => {
    const x = extract(
      "Ada Lund toured the docks on Monday.",
      "Lund said on Monday that crews had lost half their trade.",
    );
    expect(speakerOf(x, "crews had lost half their trade")).toBe("Ada Lund");
  });
});

describe("relativeThat", () => {
  it("reads a noun before 'that' and a verb after it", () => {
    expect(relativeThat(" she meets crews in a port ", "has")).toBe(true);
    expect(relativeThat(" a plan ", "could")).toBe(true);
    expect(relativeThat(" he toured a dock ", "flooded")).toBe(true);
  });

  it("keeps a 'that' after the verb, a time or a manner word, or before a subject", () => {
    expect(relativeThat("", "was")).toBe(false);
    expect(relativeThat(" last week ", "would")).toBe(false);
    expect(relativeThat(" privately ", "was")).toBe(false);
    expect(relativeThat(" reporters ", "crews")).toBe(false);
  });
});
