import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  quoteStarting as quote,
  speakerName as speaker,
} from "../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../extract-article.ts";
import { ArticleText } from "../article-text.ts";
import { toQuotes } from "./quote-drafts.ts";

// Quotes and speakers on invented sentences, party labels, and quote drafts to schema quotes.

describe("a name with a party label or an abbreviated title", () => {
  it("speaks as the person, never as the label (Sen. Dora Pell (R-Ore.) said)", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "Sen. Dora Pell (R-Ore.) said, “The bill is dead.”",
          "“We will try again,” said Rep. Amos Vint (D-N.M.).",
          "Gov. Lena Orrick (I) told reporters, “Not this year.”",
        ].join("\n\n"),
      ),
    );
    expect(speaker(x, quote(x, "The bill is dead"))).toBe("Dora Pell");
    expect(speaker(x, quote(x, "We will try again"))).toBe("Amos Vint");
    expect(speaker(x, quote(x, "Not this year"))).toBe("Lena Orrick");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual([
      "Dora Pell",
      "Amos Vint",
      "Lena Orrick",
    ]);
  });
});

describe("quotes and their speakers", () => {
  const article = handBuiltArticle(
    [
      "Trade Minister Ahn Mi-rae met reporters in Seoul on Monday.",
      "“We are close,” Ahn told reporters at Gimpo International Airport. “Not there yet.”",
      "“It is a good deal,” said Yoon Ha-neul, a professor at Korea University.",
      'Ahn added, "We will keep talking."',
      "According to Ahn, both sides want a deal this month.",
      "Ahn said that the tariff would fall. He declined to give a date.",
      "Economist Jane Doe told CNN in an interview with CNN that growth would slow.",
      "“This is the first part of a long quote.",
      "“And this is how it ends,” Doe said.",
    ].join("\n\n"),
  );
  const x = extractArticle(article);

  it("X told reporters / said X / X added / according to X / X said that / declined to", () => {
    expect(speaker(x, quote(x, "We are close"))).toBe("Ahn Mi-rae");
    expect(speaker(x, quote(x, "It is a good deal"))).toBe("Yoon Ha-neul");
    expect(speaker(x, quote(x, "We will keep talking"))).toBe("Ahn Mi-rae");
    const according = quote(x, "both sides want a deal");
    expect(according?.direct).toBe(false);
    expect(speaker(x, according)).toBe("Ahn Mi-rae");
    const that = quote(x, "the tariff would fall");
    expect(that?.direct).toBe(false);
    expect(speaker(x, that)).toBe("Ahn Mi-rae");
    const declined = quote(x, "declined to give a date");
    expect(declined?.direct).toBe(false);
    expect(speaker(x, declined)).toBe("Ahn Mi-rae");
  });

  it("carries the speaker to a following quote-only sentence and across a paragraph that runs on", () => {
    expect(speaker(x, quote(x, "Not there yet"))).toBe("Ahn Mi-rae");
    expect(speaker(x, quote(x, "This is the first part"))).toBe("Jane Doe");
    expect(speaker(x, quote(x, "And this is how it ends"))).toBe("Jane Doe");
  });

  it("records the occasion where stated and the cue words", () => {
    const q = quote(x, "We are close");
    expect(q?.occasion).toBe("at Gimpo International Airport");
    expect(q?.cue && article.body.slice(q.cue.start, q.cue.end)).toBe("Ahn told reporters");
  });
});

describe("toQuotes", () => {
  it("a speaker entity without an id (no mentions) is 'unknown', not 'resolved'", () => {
    const article = handBuiltArticle("“We are close,” Ahn told reporters in Seoul.");
    const text = new ArticleText(article);
    const draft = {
      start: 1,
      end: 14,
      direct: true,
      speaker: 0,
      cue: null,
      occasion: null,
      sentence: 0,
    };
    const [missing] = toQuotes(text, [draft], () => "");
    expect(missing?.speakerStatus).toBe("unknown");
    expect(missing?.speakerId).toBeNull();
    const [found] = toQuotes(text, [draft], () => "e0");
    expect(found?.speakerStatus).toBe("resolved");
    expect(found?.speakerId).toBe("e0");
  });
});
