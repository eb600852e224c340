import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a lone capitalised word that cannot be a name never speaks", () => {
  it("an -ing word or a clause opener opening the sentence is no person", () => {
    const x = extract(
      "Addressing members of the harbour guild on Friday, Vint described a town of “quiet streets and busy docks.”",
      "Ed Roe sat behind him. When told who Vint was, Roe thought for a moment and said that “a mayor should be seen more.”",
    );
    const names = x.entities.map((e) => e.name);
    expect(names).not.toContain("Addressing");
    expect(names).not.toContain("When");
    expect(speakerOf(x, "a mayor should be seen")).not.toBe("When");
  });

  it("a surname that is also an -ing word still speaks before its verb", () => {
    const x = extract(
      "“We will reopen the pier,” said Dora Manning.",
      "Manning said, “It is time.”",
    );
    expect(speakerOf(x, "It is time")).toBe("Dora Manning");
  });
});
