import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

/** The indirect quote whose text starts with `start`, with its speaker's name. */
function reported(x: ReturnType<typeof extract>, start: string) {
  const quote = x.quotes.find((q) => !q.direct && q.text.startsWith(start));
  const speaker = x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
  return { text: quote?.text ?? null, speaker };
}

describe("a reported clause ends where another named source's clause begins", () => {
  it("at the comma before a subordinate clause whose subject is another person", () => {
    const x = extract(
      "Ivo Vint lost the vote in 2009. Some pilots said they feared a rerun of the 2009 vote, when Mr. Vint, who had failed to win the post, called for a ''clean sweep'' of the board.",
    );
    expect(reported(x, "they feared").text).toBe("they feared a rerun of the 2009 vote");
  });

  it("at a colon before another person's clause, past an aside in commas", () => {
    const x = extract(
      "Ada Roe runs a radio show. Roe says that the show has drawn ire from all sides: Ed Moss, in 2013, questioned its figures about the Harbour Board.",
    );
    const roe = reported(x, "the show");
    expect(roe).toEqual({ text: "the show has drawn ire from all sides", speaker: "Ada Roe" });
  });

  it("at an appositive whose clause another person acknowledges", () => {
    const x = extract(
      "Ada Roe said last week the plan was sound. Sources told the Gazette, however, that she did take part and the talks went both ways, a point Roe also acknowledged to the Ledger.",
    );
    expect(reported(x, "she did take part").text).toBe(
      "she did take part and the talks went both ways",
    );
  });

  it("at the comma closing an opening clause before the main clause's subject", () => {
    const x = extract(
      "After Ivo Vint announced his bid with a long speech that mocked the dockers, the actress Ada Roe wrote an essay against him.",
    );
    expect(x.quotes.some((q) => q.text.includes("Ada Roe wrote"))).toBe(false);
  });

  it("not after a preposition, a relative pronoun or a parenthetical cue", () => {
    const x = extract(
      "Ed Moss said the plan was drawn up with Ivo Vint, who said it would pass.",
      "Ada Roe said the plan, which Ivo Vint questioned in May, would pass the board this week.",
      "Ed Moss said the toll rose - a rise that, Moss noted, Ivo Vint acknowledged in a letter.",
    );
    expect(reported(x, "the plan was").text).toContain("with Ivo Vint");
    expect(reported(x, "the plan,").text).toContain("would pass the board");
    expect(x.quotes.some((q) => !q.direct && q.text.includes("Ivo Vint acknowledged"))).toBe(true);
  });

  it("not at a closing outer report, which keeps the whole clause", () => {
    const x = extract(
      "Ivo Vint acknowledged that the work could be called “influence peddling,” the Harbour Gazette reported in 1991.",
    );
    expect(reported(x, "the work").speaker).toBe("Ivo Vint");
  });
});
