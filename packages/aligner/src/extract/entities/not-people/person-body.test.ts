import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in Orrin on Monday about the harbour tax.";

function kindOf(x: ReturnType<typeof extract>, words: string): string | null {
  const quote = x.quotes.find((q) => q.text.includes(words));
  return x.entities.find((e) => e.id === quote?.speakerId)?.kind ?? null;
}

describe("a person's campaign, office or administration speaks as an organisation", () => {
  it("gives “the Vint campaign said” to the campaign, not to Vint", () => {
    const x = extract(OPENING, "“It is settled,” the Vint campaign said in a statement.");
    expect(speakerOf(x, "It is settled")).toBe("Vint campaign");
    expect(kindOf(x, "It is settled")).toBe("organization");
  });

  it("reads a possessive the same way", () => {
    const x = extract(OPENING, "“It is not settled,” Lund’s campaign said.");
    expect(speakerOf(x, "It is not settled")).toBe("Lund campaign");
    expect(kindOf(x, "It is not settled")).toBe("organization");
  });

  it("gives a participle after the campaign's sentence to the campaign", () => {
    const x = extract(OPENING, "The Vint campaign responded Friday, saying the tax was “a lie.”");
    expect(speakerOf(x, "a lie")).toBe("Vint campaign");
  });

  it("reads an administration and an office", () => {
    const x = extract(
      OPENING,
      "“The tax stays,” the Lund administration said.",
      "“No comment,” Vint’s office said.",
    );
    expect(speakerOf(x, "The tax stays")).toBe("Lund administration");
    expect(speakerOf(x, "No comment")).toBe("Vint office");
  });

  it("never gives a campaign official's words to the candidate", () => {
    const x = extract(OPENING, "“We never agreed,” a Vint campaign official said.");
    expect(speakerOf(x, "We never agreed")).not.toBe("Ivo Vint");
  });

  it("leaves the candidate's own words to the candidate", () => {
    const x = extract(OPENING, "“We will win,” Vint said.");
    expect(speakerOf(x, "We will win")).toBe("Ivo Vint");
  });
});

describe("a person's campaign as the subject a sentence's participle hangs on", () => {
  it("gives the statement to the campaign when the subject runs on into the predicate", () => {
    const x = extract(
      OPENING,
      "The Vint campaign sent an email Wednesday saying that the results show Vint and Lund are in a two-man race.",
    );
    expect(speakerOf(x, "the results show")).toBe("Vint campaign");
  });
});
