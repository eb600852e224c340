import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("the subject a participle clause hangs on", () => {
  it("reads past a place heading a post to the name after the title", () => {
    const x = extract(
      "The port plan passed on Monday.",
      "Former judge and New York City Mayor Ivo Vint, who backs Roe, faulted Moss on Harbour Radio’s “Dock Talk,” calling it an “easy call” to appeal.",
      "Oregon Gov. Ada Roe praised the “Harbour Pact,” calling it “long overdue.”",
    );
    expect(speakerOf(x, "easy call")).toBe("Ivo Vint");
    expect(speakerOf(x, "long overdue")).toBe("Ada Roe");
  });

  it("never makes the place, or a name it does not head, the subject", () => {
    const x = extract(
      "The port plan passed on Monday.",
      "Oregon voters rejected the levy on Tuesday, calling it “a scam.”",
      "New York City Mayor Vint, calling it an “easy call”, backed the plan.",
    );
    expect(speakerOf(x, "a scam")).toBeNull();
    // A title and a surname nobody introduced name no person: unknown, never the city.
    expect(speakerOf(x, "easy call")).toBeNull();
  });
});
