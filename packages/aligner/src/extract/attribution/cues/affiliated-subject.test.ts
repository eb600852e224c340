import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("affiliatedSubject: a name with an affiliation before an appositive", () => {
  it("gives the quote to the person, not the bank after 'of'", () => {
    const x = extract(
      "Markets fell on Monday.",
      "Ivo Brandt of Harbour Bank, the region's largest lender, warned that “the slowdown will last into spring.”",
    );
    expect(speakerOf(x, "slowdown will last")).toBe("Ivo Brandt");
  });

  it("reads past a title, a place and an opening adverbial", () => {
    const x = extract(
      "The vote was close.",
      "On Thursday, Rep. Ada Lund of Oregon, an ally of party leaders, said her worry is that he is “unpredictable.”",
    );
    expect(speakerOf(x, "unpredictable")).toBe("Ada Lund");
  });

  it("reads past a short parenthesised label", () => {
    const x = extract(
      "The race tightened.",
      "State Sen. Tom Reyes (R), another early supporter, said that “Lund was weak on the harbour tax votes.”",
    );
    expect(speakerOf(x, "harbour tax")).toBe("Tom Reyes");
  });

  it("never makes the object of a preposition the subject", () => {
    const x = extract(
      "The port study came out.",
      "The report by Anna Berg of the Lakeside Institute, a think tank, said that “the port is losing money.”",
    );
    expect(speakerOf(x, "losing money")).not.toBe("Anna Berg");
  });
});
