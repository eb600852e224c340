import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

const speakersOf = (x: ReturnType<typeof extract>, words: string) =>
  x.quotes
    .filter((q) => q.text.includes(words))
    .map((q) => x.entities.find((e) => e.id === q.speakerId)?.name ?? null);

// A relative "who" that speaks takes the noun phrase right before it, never a name further back.
describe("the antecedent of a speaking relative pronoun", () => {
  it("is never a name before a clause between it and “who”", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on Monday.",
      "In an interview, Ed Moss said Mr. Vint should leave the race, echoing a memo from Ms. " +
        "Lund's campaign manager, who argued a few days ago that Mr. Vint has no path to the nomination.",
    );
    expect(speakersOf(x, "has no path")).not.toContain("Ivo Vint");
  });

  it("is never a name before a share of people (“18% who say”)", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "Most of those polled back Vint, including 18% who say they would be pleased.",
    );
    expect(speakersOf(x, "they would be pleased")).not.toContain("Ivo Vint");
  });

  it("is the name right before it, past an age and an appositive", () => {
    const x = extract(
      "“We wait,” said Ivo Vint, 45, a docker from Castlebay, who said that the port was lost.",
    );
    expect(speakersOf(x, "the port was lost")).toEqual(["Ivo Vint"]);
  });
});
