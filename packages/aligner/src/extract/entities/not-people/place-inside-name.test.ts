import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// The rule needs a place the gazetteer lists ("Oregon"); the other names are invented.
describe("a place that is only a word of a longer name never speaks", () => {
  it("'The Oregon Courier said' is the paper, not the state", () => {
    const x = extract(
      "Ada Roe toured the pier. The Oregon Courier said the pier was safe, “a fine place to fish.”",
    );
    expect(speakerOf(x, "a fine place to fish")).toBe("Oregon Courier");
    expect(entityKind(x, "Oregon Courier")).toBe("organization");
  });

  it("'the Oregon Harbour Police said' and 'HARBOURWIRE Oregon reported' are the bodies", () => {
    const x = extract(
      "“The pier is closed,” the Oregon Harbour Police said.",
      "HARBOURWIRE Oregon reported that “the ferry will not sail.”",
    );
    expect(speakerOf(x, "The pier is closed")).toBe("Oregon Harbour Police");
    expect(speakerOf(x, "the ferry will not sail")).toBe("HARBOURWIRE Oregon");
  });

  it("'said Representative Ivo Oregon' is the person whose surname it is", () => {
    const x = extract("“The pier is safe,” said Representative Ivo Oregon, a Democrat.");
    expect(speakerOf(x, "The pier is safe")).toBe("Ivo Oregon");
  });

  it("'former Gov. Ivo Vint of Oregon said' is the governor, not the state", () => {
    const x = extract("“The pier is safe,” former Gov. Ivo Vint of Oregon said on Monday.");
    expect(speakerOf(x, "The pier is safe")).toBe("Ivo Vint");
  });
});

describe("a place modifying lowercase words never speaks", () => {
  it("'The Oregon media has claimed' is no speaker", () => {
    const x = extract("The Oregon media has always claimed itself to be “unbiased” and fair.");
    expect(speakerOf(x, "unbiased")).toBeNull();
  });

  it("'Oregon harbour officials said' are unnamed officials, not the state", () => {
    const x = extract("Oregon harbour officials said “the pier will reopen in May.”");
    expect(speakerOf(x, "the pier will reopen")).toBe("Oregon harbour officials");
  });
});

describe("a place still speaks alone or through its party members, as before", () => {
  it("'Oregon said' and 'said Oregon Republicans' keep the place", () => {
    const x = extract(
      "“The pier is safe,” Oregon said in a statement.",
      "“We will not wait,” said Oregon Republicans.",
    );
    expect(speakerOf(x, "The pier is safe")).toBe("Oregon");
    expect(speakerOf(x, "We will not wait")).toBe("Oregon");
  });
});
