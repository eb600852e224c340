import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

// A trailing cue whose speaker is a name nobody introduced, after a title or a description.
describe("a new name after a title in a trailing cue", () => {
  it("a title qualified by a place abbreviation: the name speaks, not the place", () => {
    const said = extract("“The filing was late,” Assistant U.S. Attorney Maya Sorrel said.");
    expect(speakerOf(said, "The filing")).toBe("Maya Sorrel");
    const wrote = extract("“The filing was late,” U.S. Attorney Maya Sorrel wrote.");
    expect(speakerOf(wrote, "The filing")).toBe("Maya Sorrel");
  });

  it("a title after a place abbreviation with a middle initial still finds the person", () => {
    const x = extract("“The filing was late,” Assistant U.S. Attorney Maya D. Sorrel wrote.");
    expect(speakerOf(x, "The filing")).toMatch(/Sorrel$/);
  });

  it("“…” would work, Republican candidate Ben Casson said after the attacks.", () => {
    const x = extract(
      "“Boots on the ground” would work, Republican candidate Ben Casson said after the attacks.",
    );
    expect(speakerOf(x, "Boots")).toBe("Ben Casson");
  });

  it("a short time phrase after the verb still closes the sentence", () => {
    const closed = extract("“Boots on the ground” would work, Ben Casson said before the vote.");
    expect(speakerOf(closed, "Boots")).toBe("Ben Casson");
  });
});
