import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a reporting-verb form that reports nothing", () => {
  it("'The hall echoed with the strains of “…”' gives the song no speaker", () => {
    const x = extract(
      "Ada Roe spoke last. The hall echoed with the strains of “Norland, Norland.” Screens glowed.",
    );
    expect(speakerOf(x, "Norland, Norland.")).toBeNull();
  });

  it("'Vint echoed the plea: “…”' still credits the one repeating it", () => {
    const x = extract("Ada Roe spoke first. Ivo Vint echoed the plea: “Stay home tonight.”");
    expect(speakerOf(x, "Stay home tonight")).toBe("Ivo Vint");
  });
});
