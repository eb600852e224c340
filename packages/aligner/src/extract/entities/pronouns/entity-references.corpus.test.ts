import type { Entity } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../../../test/fixtures/extraction-gold/corpus-articles.ts";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { person, possessives } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";

describe("possessive pronouns 'his'/'her', read as he/she are", () => {
  it("001: 'Speaking after his return last week, Kim Yong-beom said' refers forward to Kim Yong-beom", () => {
    const article = corpusArticle("001");
    const x = extractArticle(article);
    const his = person(x, "Kim Yong-beom").mentions.find((m) => m.text === "his");
    expect(article.body.slice(his?.span.start, (his?.span.start ?? 0) + 60)).toBe(
      "his return last week, Kim Yong-beom said there had been “sub",
    );
    expect(his?.ambiguous).toBe(false);
  });

  it("003 (editorial): each 'his' goes to the right president, and 'His comments' after 'Lee’s remarks … Trump' is marked ambiguous", () => {
    const x = extractArticle(corpusArticle("003"));
    expect(possessives(x)).toEqual([
      ["Donald Trump"], // "who said … before departing on his Asia trip"
      ["?Lee Jae Myung", "?Donald Trump"], // "Lee’s remarks contrasted with … Trump …. His comments"
      ["Donald Trump"], // "Yielding to Trump’s excessive demands …. … criticized his position"
      ["Lee Jae Myung"], // "Lee said, “…” His assessment is sound."
    ]);
  });

  it("adds mentions only: entity ids still follow each entity's first explicit mention", () => {
    const texts = ["000", "001", "002", "003", "004"].map((code) => corpusArticle(code));
    texts.push(
      handBuiltArticle(
        "In his first interview since returning from Seoul, Kim Tae-hun said the talks went well.",
      ),
    );
    for (const article of texts) {
      const x = extractArticle(article);
      const firstExplicit = (e: Entity) =>
        Math.min(
          ...e.mentions.filter((m) => !/^(?:his|her)$/i.test(m.text)).map((m) => m.span.start),
        );
      const byFirst = [...x.entities].sort((a, b) => firstExplicit(a) - firstExplicit(b));
      expect(byFirst.map((e) => e.id)).toEqual(x.entities.map((e) => e.id));
    }
    const x = extractArticle(texts[5]!);
    expect(x.entities.map((e) => e.name)).toEqual(["Seoul", "Kim Tae-hun"]);
    expect(possessives(x)).toEqual([["Kim Tae-hun"]]);
  });
});
