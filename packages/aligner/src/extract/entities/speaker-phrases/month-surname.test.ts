import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

/* A month word ending a name before the verb is a surname ("Ada Jun wrote"), not a time. */

const names = (x: ReturnType<typeof extract>) => x.entities.map((e) => e.name);
const LEAD = "Norland papers weighed in on Monday.";

describe("a month word after a name word before the verb", () => {
  it("ends the name: the speaker is the person, not unknown", () => {
    const x = extract(
      LEAD,
      "“The plan is far from kind,” columnist Ada Jun wrote in the Harbour Times piece.",
      "“It will fail,” Ivo May said.",
      "Ada Jan said the levy was “a sorry mess.”",
    );
    expect(speakerOf(x, "far from kind")).toBe("Ada Jun");
    expect(speakerOf(x, "It will fail")).toBe("Ivo May");
    expect(speakerOf(x, "a sorry mess")).toBe("Ada Jan");
  });

  it("stays a time after a time word, a preposition or alone", () => {
    const x = extract(
      LEAD,
      "Ada Roe spoke to the crews.",
      "“We will not pay it,” she said last May.",
      "Since May the board has said the levy is “fair.”",
    );
    expect(names(x)).not.toContain("Last May");
    expect(names(x).some((n) => /\bMay$/.test(n))).toBe(false);
  });
});
