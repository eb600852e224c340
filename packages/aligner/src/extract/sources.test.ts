import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../test/fixtures/extraction-gold/corpus-articles.ts";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

describe("sources and aggregation", () => {
  it("004 (Benzinga) relays Chosun, a Bloomberg post and its own earlier report: aggregated", () => {
    const x = extractArticle(corpusArticle("004"));
    expect(x.sources.map((s) => [s.via, s.name])).toEqual([
      ["reported-by", "Benzinga"],
      ["according-to", "Chosun"],
      ["embedded-post", "Bloomberg"],
    ]);
    expect(x.aggregated).toBe(true);
  });

  it("reads photo credits from captions and a WSJ report from the body; own reporting is not aggregated", () => {
    const x000 = extractArticle(corpusArticle("000"));
    expect(x000.sources).toEqual([{ name: "YONHAP", via: "photo-credit", span: null }]);
    expect(x000.aggregated).toBe(false);
    const x003 = extractArticle(corpusArticle("003"));
    expect(x003.sources.map((s) => [s.via, s.name])).toEqual([
      ["reported-by", "The Wall Street Journal"],
      ["photo-credit", "JOINT PRESS CORPS"],
    ]);
    expect(x003.aggregated).toBe(false);
  });

  it("gives body sources a span that slices to the outlet's name", () => {
    const article = handBuiltArticle(
      "Talks stalled, Reuters reported. According to Yonhap, they resume soon.",
    );
    const x = extractArticle(article);
    for (const s of x.sources) {
      expect(s.span && article.body.slice(s.span.start, s.span.end)).toBe(s.name);
    }
    expect(x.sources.map((s) => s.via)).toEqual(["reported-by", "according-to"]);
    expect(x.aggregated).toBe(true);
  });

  it("reads an outlet nobody listed at a clause end, whole: 'according to Harbor Wire.', 'per Politico Europe.'", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "The delegations met for five hours, according to Harbor Wire.",
          "A vote could come in March, according to Politico Europe.",
          "The ministers shook hands, Baltic Courier reported on Friday.",
          "“Not yet,” the minister said, per Harbor Wire.",
        ].join("\n\n"),
      ),
    );
    expect(x.sources.map((s) => [s.via, s.name])).toEqual([
      ["reported-by", "Baltic Courier"],
      ["according-to", "Harbor Wire"],
      ["according-to", "Politico Europe"],
    ]);
    expect(x.aggregated).toBe(true);
  });

  it("no source from a capitalised word that does not close the clause or follow a comma, nor from an institution", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "According to Ahn Mi-rae, the talks resume soon.",
          "Prices fell, according to plan.",
          "Jane Smith reported from Seoul for a decade.",
          "The talks, Baltic Courier reported that week, were tense.",
          "Output rose 3 per cent, according to the survey.",
          "Exports fell 5 per cent, according to the Korea Customs Service.",
          "Prices held steady, Statistics Korea reported.",
        ].join("\n\n"),
      ),
    );
    expect(x.sources).toEqual([]);
  });

  it("a person the article names is no source: 'according to Maria Gonzalez.', 'according to Gonzalez.', '…, Tomas Weller reported.'", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "Economist Maria Gonzalez said on Monday that demand for steel would slow.",
          "Tomas Weller said on Tuesday that the port had reopened.",
          "Exports of steel fell 3 per cent in October, according to Maria Gonzalez.",
          "Imports of coal rose 2 per cent in October, according to Gonzalez.",
          "The fishing fleet returned to port early, Tomas Weller reported.",
          "The ferries ran on time all week, according to Harbor Wire.",
        ].join("\n\n"),
      ),
    );
    expect(x.sources.map((s) => [s.via, s.name])).toEqual([["according-to", "Harbor Wire"]]);
    expect(x.aggregated).toBe(false);
    const by = (startsWith: string) =>
      x.entities.find(
        (e) => e.id === x.quotes.find((q) => q.text.startsWith(startsWith))?.speakerId,
      )?.name;
    expect(by("Exports of steel fell")).toBe("Maria Gonzalez");
    expect(by("Imports of coal rose")).toBe("Maria Gonzalez");
    expect(by("The fishing fleet returned")).toBe("Tomas Weller");
    expect(by("The ferries ran")).toBe("Harbor Wire");
  });

  it("a two-word name the article knows only as an outlet stays a source; a person by given name does not", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "Harbor Wire said on Monday that the port had reopened.",
          "Exports of steel fell 3 per cent in October, according to Maria Gonzalez.",
          "The fishing fleet returned to port early, Baltic Courier reported.",
        ].join("\n\n"),
      ),
    );
    // "Maria" is a given name: Maria Gonzalez is a person the article names, no source.
    expect(x.sources.map((s) => [s.via, s.name])).toEqual([["reported-by", "Baltic Courier"]]);
  });
});
