import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../../test/fixtures/extraction-gold/corpus-articles.ts";
import {
  quoteStarting as quote,
  speakerName as speaker,
} from "../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../extract-article.ts";

// Quotes and speakers on the corpus articles.

describe("quotes and their speakers", () => {
  it("000: speakers through 'Kim replied', ', adding', 'he said' and the CNN interview occasion", () => {
    const c = extractArticle(corpusArticle("000"));
    expect(speaker(c, quote(c, "There is no time left"))).toBe("Kim Yong-beom");
    expect(speaker(c, quote(c, "With APEC just around"))).toBe("Kim Yong-beom");
    expect(speaker(c, quote(c, "As director Kim said"))).toBe("Kim Jung-kwan");
    const lee = quote(c, "differences in opinion");
    expect(speaker(c, lee)).toBe("Lee Jae Myung");
    expect(lee?.occasion).toBe("In an interview with CNN that aired Wednesday");
    const airport = quote(c, "Some progress has been made");
    expect(airport?.occasion).toBe(
      "at Incheon International Airport upon returning from Washington",
    );
  });

  it("002: a lead quote takes the next paragraph's speaker; 'the Minister' and 'He said' resolve", () => {
    const c = extractArticle(corpusArticle("002"));
    expect(speaker(c, quote(c, "To align with the APEC"))).toBe("Kim Yong-beom");
    const onlyWhen = quote(c, "only when South Korea");
    expect(onlyWhen?.occasion).toBe("on the morning of the 22nd, at Incheon International Airport");
    expect(speaker(c, quote(c, "We reached agreement"))).toBe("Kim Jung-kwan");
    expect(speaker(c, quote(c, "There were major achievements"))).toBe("Kim Yong-beom");
    expect(quote(c, "As it is a rare opportunity")?.occasion).toBe("on the 20th");
    const scare = quote(c, "decisive opportunity");
    expect(scare?.speakerStatus).toBe("unknown");
  });

  it("004: straight quotes, continuation paragraphs and an unnamed official behind 'According to Chosun'", () => {
    const c = extractArticle(corpusArticle("004"));
    expect(speaker(c, quote(c, "But there are still one or two areas"))).toBe("Kim Yong-beom");
    expect(speaker(c, quote(c, "A negotiation proposal must be"))).toBe("Kim Yong-beom");
    const official = quote(c, "very complex and serious");
    expect(speaker(c, official)).toBe("a senior official from Seoul's presidential office");
    expect(c.entities.find((e) => e.id === official?.speakerId)?.unnamed).toBe(true);
  });

  it("quote spans slice the body to the quote text, without the marks", () => {
    const c = extractArticle(corpusArticle("003"));
    for (const q of c.quotes) {
      expect(corpusArticle("003").body.slice(q.span.start, q.span.end)).toBe(q.text);
      if (q.direct) expect(q.text).not.toMatch(/^[“"]|[”"]$/);
    }
  });
});
