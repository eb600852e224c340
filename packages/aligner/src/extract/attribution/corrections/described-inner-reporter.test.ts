import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  quoteWith,
  speakerName,
} from "../../../../test/support/quote-speakers.ts";

/** The speaker of the direct quote holding `words`. */
const speakerOf = (x: Extraction, words: string) => speakerName(x, quoteWith(x, words, true));

const ROE = "Ada Roe leads the Castlebay dockers.";

describe("a described speaker inside a report says the quotation, not the reporter", () => {
  it("Roe said a docker had told her, “…”: unknown, never Roe", () => {
    expect(
      speakerOf(
        extract(`${ROE} Roe said a docker had told her, “We will not pay.”`),
        "We will not pay",
      ),
    ).toBeNull();
  });

  it("Roe recalled that her father would say, “…”: unknown, never Roe", () => {
    const x = extract(`${ROE} Roe recalled that her father would say, “Never sell the boat.”`);
    expect(speakerOf(x, "Never sell the boat")).toBeNull();
  });

  it("She said a neighbour had asked her, “…”: unknown, never Roe", () => {
    expect(
      speakerOf(extract(`${ROE} She said a neighbour had asked her, “Why stay?”`), "Why stay"),
    ).toBeNull();
  });

  it("Roe said her brother told her, “…”: unknown, never Roe", () => {
    const x = extract(`${ROE} Roe said her brother told her, “Keep the boat.”`);
    expect(speakerOf(x, "Keep the boat")).toBeNull();
  });
});

describe("the quotation carried on from the inner speaker's", () => {
  it("… told her, “…” “Not a cent.”: the next quotation follows it; one with its own cue does not", () => {
    const x = extract(
      `${ROE} Roe said a docker had told her, “We will not pay.” “Not a cent.”`,
      "Roe said a pilot had asked her, “Why stay?” “They can wait,” Roe added.",
    );
    expect(speakerOf(x, "Not a cent")).toBeNull();
    expect(speakerOf(x, "They can wait")).toBe("Ada Roe");
  });
});

describe("the reporter or a named inner speaker keeps the quotation", () => {
  it("Roe said Ivo Vint had told her, “…” → Vint", () => {
    const x = extract(`${ROE} Roe said Ivo Vint had told her, “We will not pay.”`);
    expect(speakerOf(x, "We will not pay")).toBe("Ivo Vint");
  });

  it("Roe said, “…” and She said she had told him, “…” → Roe", () => {
    const x = extract(
      `${ROE} Roe said, “We will not pay.”`,
      "She said she had told him, “Not a cent.”",
    );
    expect(speakerOf(x, "We will not pay")).toBe("Ada Roe");
    expect(speakerOf(x, "Not a cent")).toBe("Ada Roe");
  });

  it("The union leader told reporters, “…” → the description the cue reads", () => {
    const x = extract(`${ROE} The union leader told reporters, “We will not pay.”`);
    expect(speakerOf(x, "We will not pay")).not.toBeNull();
  });
});
