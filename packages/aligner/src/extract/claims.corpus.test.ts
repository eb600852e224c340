import type { Claim, Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../test/fixtures/extraction-gold/corpus-articles.ts";
import { extractArticle } from "../extract-article.ts";

function claim(x: Extraction, startsWith: string): Claim {
  const found = x.claims.find((c) => c.text.startsWith(startsWith));
  if (!found) throw new Error(`no claim starting "${startsWith}"`);
  return found;
}

describe("claims", () => {
  const x003 = extractArticle(corpusArticle("003"));
  const x001 = extractArticle(corpusArticle("001"));
  const x002 = extractArticle(corpusArticle("002"));
  const x004 = extractArticle(corpusArticle("004"));

  it("classifies editorial judgement as opinion, and 'should' as opinion", () => {
    expect(claim(x003, "His assessment is sound.").kind).toBe("opinion");
    expect(claim(x003, "Rather than pursuing").kind).toBe("opinion");
    expect(claim(x003, "Tariff negotiations affect").kind).toBe("fact");
  });

  it("marks reported speech, predictions and attribution to another outlet", () => {
    expect(claim(x003, "Oh Hyun-joo, the third").kind).toBe("reported-speech");
    expect(claim(x001, "Kim Yong-beom, presidential director").kind).toBe("prediction");
    const wsj = claim(x003, "The Wall Street Journal reported");
    expect(wsj.kind).toBe("attribution");
    expect(wsj.attributedTo).toBe("The Wall Street Journal");
    const chosun = claim(x004, "According to Chosun");
    expect(chosun.attributedTo).toBe("Chosun");
  });

  it("splits a sentence that says two things into two claims", () => {
    const deputy = claim(x002, "Deputy Minister Kim boarded");
    const minister = claim(x002, "Minister Kim did so two days after returning home");
    expect(deputy.sentenceId).toBe(minister.sentenceId);
    const kyb = x002.entities.find((e) => e.name === "Kim Yong-beom")?.id;
    const kjk = x002.entities.find((e) => e.name === "Kim Jung-kwan")?.id;
    expect(deputy.entityIds).toContain(kyb);
    expect(deputy.entityIds).not.toContain(kjk);
    expect(minister.entityIds).toContain(kjk);
  });

  it("attaches the figures, dates and quotes inside each claim", () => {
    const wsj = claim(x003, "The Wall Street Journal reported");
    const figureTexts = wsj.figureIds.map((id) => x003.figures.find((f) => f.id === id)?.text);
    expect(figureTexts).toEqual(["$350 billion", "6.5 percent", "three years"]);
    expect(wsj.quoteIds.length).toBe(2);
    const lee = claim(x003, "President Lee Jae Myung said");
    expect(lee.dateIds.map((id) => x003.dates.find((d) => d.id === id)?.value)).toEqual([
      "2025-10-26",
    ]);
  });

  it("every claim slices the body exactly and belongs to a sentence", () => {
    for (const [x, prefix] of [
      [x001, "001"],
      [x003, "003"],
    ] as const) {
      const body = corpusArticle(prefix).body;
      for (const c of x.claims) {
        expect(body.slice(c.span.start, c.span.end)).toBe(c.text);
        expect(x.sentences.some((s) => s.id === c.sentenceId)).toBe(true);
      }
    }
  });
});
