import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// "Name of Place said": the place says whom the person represents; it never speaks.
describe("a new name followed by “of” and a place", () => {
  it("a titled name with initials before “of Oregon” speaks, not Oregon", () => {
    const x = extract("Panel Chairman T.R. Vell of Oregon said he was “angry” about the delay.");
    expect(speakerOf(x, "angry")).toMatch(/Vell$/);
  });

  it("an introduced name before “of” a place still speaks", () => {
    const x = extract("“The plan is late,” said Representative Tom Vell of Oregon.");
    expect(speakerOf(x, "The plan")).toBe("Tom Vell");
  });
});
