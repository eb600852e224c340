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
      "Ivo Vint lost the chair in 2009. Several pilots said the board was nervous before the spring meeting, when Mr. Vint, still angry at the count, called for a ''full audit'' of the accounts.",
    );
    expect(reported(x, "the board was").text).toBe(
      "the board was nervous before the spring meeting",
    );
  });

  it("at a colon before another person's clause, past an aside in commas", () => {
    const x = extract(
      "Ada Roe runs a radio show. Roe says that the programme has upset listeners of every stripe: Ed Moss, last spring, questioned its figures about the Harbour Board.",
    );
    const roe = reported(x, "the programme");
    expect(roe).toEqual({
      text: "the programme has upset listeners of every stripe",
      speaker: "Ada Roe",
    });
  });

  it("at an appositive whose clause another person acknowledges", () => {
    const x = extract(
      "Ada Roe said last week the plan was sound. Two aides told the Gazette, though, that she had read the draft and sent notes back, a fact Roe later acknowledged to the Ledger.",
    );
    expect(reported(x, "she had read").text).toBe("she had read the draft and sent notes back");
  });

  it("at the comma closing an opening clause before the main clause's subject", () => {
    const x = extract(
      "When Ivo Vint opened his campaign with a rally that insulted the dockers, the singer Ada Roe wrote a reply online.",
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
      "Ivo Vint admitted that the fees looked like “a favour for a friend,” the Harbour Gazette reported in 2004.",
    );
    expect(reported(x, "the fees").speaker).toBe("Ivo Vint");
  });
});
