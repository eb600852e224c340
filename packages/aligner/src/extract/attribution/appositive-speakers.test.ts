import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  quoteStarting as quote,
  speakerName as speaker,
} from "../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../extract-article.ts";

// Speakers named in an appositive before or after the name ("X, a lawyer, said").

describe("speakers named in an appositive before the speech verb", () => {
  const article = handBuiltArticle(
    [
      "Japan's economy minister, Kenji Sato, said on Tuesday there had been “significant progress” in the talks.",
      "“We are not there yet,” Sato added.",
      "Central bank Governor Rhee Sae-byeok, who spoke after a meeting with Finance Minister Choo Na-rae, said rates would stay on hold.",
      "Choo, fresh from talks with Bank of Korea Governor Rhee Sae-byeok, told reporters that the budget was on track.",
      "He, however, said the tariff talks would resume in a week.",
      "“Seoul's offer,” Kim Min-seok said, “has not changed.”",
      "Korea's trade ministry, the agency, said exports rose for a third straight month.",
      "The ministry's spokesman, Seoul, said the talks would resume in a week.",
    ].join("\n\n"),
  );
  const x = extractArticle(article);

  it("'<Country>'s <title>, <Name>, said': the named person speaks, never the country", () => {
    const indirect = quote(x, "there had been");
    expect(indirect?.direct).toBe(false);
    expect(speaker(x, indirect)).toBe("Kenji Sato");
    expect(speaker(x, quote(x, "significant progress"))).toBe("Kenji Sato");
    // The later surname goes to the same person, not to a new "Sato".
    expect(speaker(x, quote(x, "We are not there yet"))).toBe("Kenji Sato");
    expect(x.entities.filter((e) => /Sato/.test(e.name)).map((e) => e.name)).toEqual([
      "Kenji Sato",
    ]);
  });

  it("takes the name in the appositive whether the registry knew it before or not", () => {
    const y = extractArticle(
      handBuiltArticle(
        [
          "Economy Minister Kenji Sato met Talbeck on Monday.",
          "Japan's economy minister, Kenji Sato, said on Tuesday that the talks had gone well for both sides.",
          "South Korea's trade minister, Yeo Gyeol-on, told reporters that the tariff would fall next month.",
          "The company's chief executive, Jane Doe, said profits would rise sharply this year.",
        ].join("\n\n"),
      ),
    );
    expect(speaker(y, quote(y, "the talks had gone well"))).toBe("Kenji Sato");
    expect(speaker(y, quote(y, "the tariff would fall"))).toBe("Yeo Gyeol-on");
    expect(speaker(y, quote(y, "profits would rise"))).toBe("Jane Doe");
  });

  it("'<title> <Name>, <appositive naming someone else>, said': the name before the appositive", () => {
    expect(speaker(x, quote(x, "rates would stay on hold"))).toBe("Rhee Sae-byeok");
  });

  it("'<Name>, <appositive>, told reporters': the name, whatever the appositive says", () => {
    // Not the last name inside the appositive (Rhee): the surname before it.
    expect(speaker(x, quote(x, "the budget was on track"))).toBe("Choo Na-rae");
    expect(speaker(x, quote(x, "the tariff talks would resume"))).toBe("Choo Na-rae");
  });

  it("keeps 'X's offer, Kim said' with Kim and never makes a place or a title a speaker", () => {
    expect(speaker(x, quote(x, "Seoul's offer"))).toBe("Kim Min-seok");
    expect(speaker(x, quote(x, "has not changed"))).toBe("Kim Min-seok");
    for (const q of x.quotes) {
      expect(x.entities.find((e) => e.id === q.speakerId)?.kind, q.text).not.toBe("place");
    }
  });
});

describe("an unknown name before an appositive title", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Kenji Sato, Japan's economy minister, said that the yen would stay weak for months.",
        "“We are watching the market closely,” Sato told reporters.",
        "Maria Lopez, a senior analyst at Fitch, said exports would slow this year.",
        "On Monday, the economy minister, said that the deadline would not move at all.",
        "The report by Anna Berg, a researcher at KDI, said that growth would slow next year.",
      ].join("\n\n"),
    ),
  );

  it("'Kenji Sato, Japan's economy minister, said that …': Kenji Sato speaks and is a person", () => {
    const yen = quote(x, "the yen would stay weak");
    expect(yen?.direct).toBe(false);
    expect(speaker(x, yen)).toBe("Kenji Sato");
    expect(speaker(x, quote(x, "We are watching the market"))).toBe("Kenji Sato");
    expect(x.entities.filter((e) => /Sato/.test(e.name)).map((e) => e.kind)).toEqual(["person"]);
    expect(speaker(x, quote(x, "exports would slow"))).toBe("Maria Lopez");
  });

  it("a company before a business appositive speaks as the company, never as a person", () => {
    const t = extractArticle(
      handBuiltArticle(
        "Deutsche Telekom, the market leader, said the network would be upgraded by 2027.",
      ),
    );
    const upgrade = quote(t, "the network would be upgraded");
    const company = t.entities.find((e) => e.id === upgrade?.speakerId);
    expect(company?.name).toBe("Deutsche Telekom");
    expect(company?.kind).toBe("organization");
  });

  it("never a name from 'On Monday' or from a name that is not the subject ('The report by X, …')", () => {
    expect(x.entities.some((e) => e.name === "On Monday")).toBe(false);
    const berg = x.entities.find((e) => e.name === "Anna Berg")?.id;
    expect(x.quotes.filter((q) => q.speakerId !== null && q.speakerId === berg)).toEqual([]);
  });
});
