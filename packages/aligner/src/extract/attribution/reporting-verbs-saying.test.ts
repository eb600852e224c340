import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("reporting verbs of opining, demanding and repeating", () => {
  it("trailing cue: “…,” opined the Gazette / “…,” she demanded / “…?” Vint repeated", () => {
    const x = extract(
      "Ada Lund chairs the Harbour Council; Ivo Vint runs the ferry line.",
      "“Ferries should run at night,” opined the Harbour Gazette.",
      "“Quiet,” she demanded, as Vint kept talking.",
      "“I will look at a lot of routes,” Lund said. “The night routes?” Vint repeated.",
    );
    expect(speakerOf(x, "Ferries should run")).toBe("Harbour Gazette");
    expect(speakerOf(x, "Quiet")).toBe("Ada Lund");
    expect(speakerOf(x, "The night routes")).toBe("Ivo Vint");
  });
});
