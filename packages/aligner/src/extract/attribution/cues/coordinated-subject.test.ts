import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The speaker's name of every quote (direct or not) whose text contains `words`. */
function speakersOf(x: ReturnType<typeof extract>, words: string): (string | null)[] {
  return x.quotes
    .filter((q) => q.text.includes(words))
    .map((q) => x.entities.find((e) => e.id === q.speakerId)?.name ?? null);
}

describe("a verb joined by and/but is never said by a name the earlier predicate holds", () => {
  it("an organisation denounced Lund's rhetoric (after her speech) and said … → never Lund", () => {
    const x = extract(
      "Ada Lund, the mayor, spoke on Monday.",
      "In the days before Lund's appearance at the Hall, a group of pastors called for a boycott " +
        "of her speech, and the dockers' organization the Harbour League strongly denounced " +
        "Lund's rhetoric and said it would “redirect” all of her past donations to the league.",
    );
    const speakers = speakersOf(x, "redirect");
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain("Ada Lund");
  });

  it("the League denounced Lund and said … → never Lund, the verb's object", () => {
    const x = extract(
      "Ada Lund, the mayor, spoke on Monday.",
      "The pastors called for a boycott, and the Harbour League strongly denounced Lund and " +
        "said it would “redirect” all of her past donations to the league.",
    );
    const speakers = speakersOf(x, "redirect");
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers).not.toContain("Ada Lund");
  });

  it("a name opening its clause still speaks: …, and Lund denounced the plan and said … → Lund", () => {
    const x = extract(
      "Ada Lund, the mayor, spoke on Monday.",
      "The board voted on Monday, and Lund denounced the plan and said it would “redirect” the funds.",
    );
    expect(speakersOf(x, "redirect")).toContain("Ada Lund");
  });
});

describe("a floating quantifier after a coordinated subject", () => {
  it("is no part of the name before the verb: “Roe and Lund both warned” is Lund, never “Lund both”", () => {
    const x = extract(
      "Ada Roe met the board on Monday. Later Roe and Lund both warned that ferry fares would rise in the spring.",
    );
    const quote = x.quotes.find((q) => q.text.startsWith("ferry fares"));
    expect(x.entities.find((e) => e.id === quote?.speakerId)?.name).toBe("Lund");
    expect(x.entities.some((e) => e.name.includes("both"))).toBe(false);
  });
});
