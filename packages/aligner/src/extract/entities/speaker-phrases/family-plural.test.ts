import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  personNames,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// The plural of a surname the article gives a person names the family or the couple, never one
// person: "said an old friend of both Roes" made a person "Roes" who spoke.
describe("a plural of a known person's surname ending a speaker phrase", () => {
  it("said an old friend of both Roes / a lawyer for the Vints → no person, unknown", () => {
    const x = extract(
      "Ada Roe and Ivo Roe ran the port for years; Ivo Vint and Mira Vint sued them.",
      "“We have work to do,” said an old friend of both Roes, who asked not to be named.",
      "“The suit is weak,” said a lawyer for the Vints.",
    );
    expect(speakerOf(x, "We have work to do")).toBeNull();
    expect(speakerOf(x, "The suit is weak")).toBeNull();
    expect(personNames(x)).not.toContain("Roes");
    expect(personNames(x)).not.toContain("Vints");
  });

  it("keeps a surname ending in s that is a person's own, the singular, and the couple speaking", () => {
    const x = extract(
      "Ada Roe met Nate Rogers and Ivo Roger in May.",
      "“We will build,” Rogers said.",
      "“We will not,” Roe said.",
      "Ivo Vint and Mira Vint wed in June. “We are happy,” the Vints said.",
    );
    expect(speakerOf(x, "We will build")).toBe("Nate Rogers");
    expect(speakerOf(x, "We will not")).toBe("Ada Roe");
    expect(speakerOf(x, "We are happy")).toBe("Vints");
  });
});
