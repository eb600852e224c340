import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  quoteStarting as quote,
  speakerName as speaker,
} from "../../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../../extract-article.ts";

// Indirect speech: reported clauses with and without "that", speech verbs and parentheticals.

describe("indirect speech after an adverbial or without 'that'", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Ahn Mi-rae met reporters in Seoul on Monday.",
        "Ahn said on Monday that talks would resume next week in Washington.",
        "Ahn told reporters in Seoul on Friday that the plant would open next year.",
        "Ahn said in a statement that both sides had agreed on the main points.",
        "Ahn said late Tuesday the negotiators were close to a final deal.",
        "Ahn told reporters the factory would open next year in Georgia.",
        "Ahn told Reuters in Seoul the tariff deal was nearly done.",
        "Ahn added the agreement could be signed at the summit.",
        "Ahn said tariffs would fall sharply after the summit.",
        "Ahn said the word three times at the briefing in Seoul.",
        "Ahn said goodbye to the delegation at the airport in Seoul.",
        "Ahn said the proposed text to the delegation at the airport.",
        "Ahn told the visiting delegation the story of the first round.",
        "Ahn said Monday's meeting was the most productive so far.",
        "Ahn said in an interview with CNN the deal was nearly complete.",
        "Ahn said this would be the last round of talks this year.",
        "Ahn said a few words at the ceremony held in Seoul.",
        "Ahn said his piece and left the room early.",
        "Ahn said talks in Washington would resume within days.",
        "Ahn told reporters.",
        "Ahn said Monday.",
      ].join("\n\n"),
    ),
  );
  const indirect = (startsWith: string) => {
    const q = quote(x, startsWith);
    expect(q?.direct, startsWith).toBe(false);
    expect(speaker(x, q)).toBe("Ahn Mi-rae");
    return q;
  };

  it("'said on Monday that', 'told reporters in Seoul on Friday that', 'said in a statement that'", () => {
    expect(indirect("talks would resume")?.text).toBe("talks would resume next week in Washington");
    expect(indirect("the plant would open")?.text).toBe("the plant would open next year");
    expect(indirect("both sides had agreed")?.occasion).toBe("in a statement");
  });

  it("a reported clause without 'that' after said/told reporters/added, past 'late Tuesday', 'in Seoul'", () => {
    expect(indirect("the negotiators were close")?.text).toBe(
      "the negotiators were close to a final deal",
    );
    expect(indirect("the factory would open")?.text).toBe(
      "the factory would open next year in Georgia",
    );
    expect(indirect("the tariff deal was nearly done")?.text).toBe(
      "the tariff deal was nearly done",
    );
    expect(indirect("the agreement could be signed")?.text).toBe(
      "the agreement could be signed at the summit",
    );
    expect(indirect("tariffs would fall")?.text).toBe(
      "tariffs would fall sharply after the summit",
    );
    expect(indirect("Monday's meeting was")?.text).toBe(
      "Monday's meeting was the most productive so far",
    );
    expect(indirect("the deal was nearly complete")?.occasion).toBe("in an interview with CNN");
    expect(indirect("this would be the last round")).toBeDefined();
    expect(indirect("talks in Washington")?.text).toBe(
      "talks in Washington would resume within days",
    );
  });

  it("no quote from 'said' or 'told' + a noun phrase that is not a clause", () => {
    for (const words of [
      "the word three times",
      "goodbye to the delegation",
      "the proposed text",
      "the visiting delegation",
      "the story of the first round",
      "a few words",
      "his piece",
    ]) {
      expect(
        x.quotes.find((q) => q.text.includes(words)),
        words,
      ).toBeUndefined();
    }
    // Only the twelve clauses the tests above read: nothing from "Ahn told reporters." or "Ahn said Monday.".
    expect(x.quotes).toHaveLength(12);
  });
});

describe("speech verbs, parentheticals and relative 'that'", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Hiro Tanaka met Trade Minister Ahn Mi-rae in Tokyo on Monday.",
        "Tokyo has argued they breach the bilateral trade pact.",
        "Ahn argued the case for hours at the table.",
        "Tanaka, for his part, said after the meeting that Japan “will not back down” and that the next move was up to Seoul.",
        "Mendez, for her part, said after the vote that Mexico “has done enough” and that the rest was up to Ottawa.",
        "Tokyo, however, said the tariff would stay in place until March.",
        "“Those rules failed,” Ahn said, referring to a 2015 scheme that the council scrapped in 2019.",
      ].join("\n\n"),
    ),
  );

  it("'has argued' + a clause is reported speech; 'argued the case' is not", () => {
    const argued = quote(x, "they breach");
    expect(argued?.direct).toBe(false);
    expect(argued?.text).toBe("they breach the bilateral trade pact");
    expect(speaker(x, argued)).toBe("Tokyo");
    expect(x.quotes.some((q) => q.text.includes("the case for hours"))).toBe(false);
  });

  it("'Tanaka/Mendez, for his/her part, said after the meeting that …': both quotes are theirs", () => {
    const said = quote(x, "Japan “will not back down”");
    expect(said?.direct).toBe(false);
    expect(speaker(x, said)).toBe("Hiro Tanaka");
    expect(speaker(x, quote(x, "will not back down"))).toBe("Hiro Tanaka");
    // A bare name nobody introduced speaks too, registered as "Jane Doe said" is.
    const mendez = quote(x, "Mexico “has done enough”");
    expect(mendez?.direct).toBe(false);
    expect(speaker(x, mendez)).toBe("Mendez");
    expect(speaker(x, quote(x, "has done enough"))).toBe("Mendez");
    expect(speaker(x, quote(x, "the tariff would stay"))).toBe("Tokyo");
  });

  it("a relative 'that' after 'said, referring to …' is not reported speech", () => {
    expect(x.quotes.some((q) => q.text.startsWith("the council scrapped"))).toBe(false);
    expect(speaker(x, quote(x, "Those rules failed"))).toBe("Ahn Mi-rae");
  });
});
