import { titleLabel } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../../test/fixtures/extraction-gold/corpus-articles.ts";
import { ownerOf, person, qualified } from "../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../extract-article.ts";
import { nameKey } from "./entity-records.ts";

describe("people, titles and the two Kims", () => {
  it("000: bare 'Kim' follows the policy director, 'Minister Kim' is the industry minister, 'director Kim' the director", () => {
    const x = extractArticle(corpusArticle("000"));
    expect(ownerOf(x, "Kim", 0)).toEqual(["Kim Yong-beom"]);
    expect(ownerOf(x, "Kim", 1)).toEqual(["Kim Yong-beom"]);
    expect(ownerOf(x, "Minister Kim")).toEqual(["Kim Jung-kwan"]);
    expect(ownerOf(x, "director Kim")).toEqual(["Kim Yong-beom"]);
    expect(person(x, "Kim Yong-beom").titles.map((t) => t.text)).toEqual([
      "Presidential director of national policy",
      "director",
    ]);
    expect(person(x, "Kim Jung-kwan").titles.map((t) => t.text)).toContain("Industry Minister");
  });

  it("002 (Chosun): 'Deputy Minister Kim' is Kim Yong-beom's rank, told apart from 'Minister Kim' in the same sentence", () => {
    const x = extractArticle(corpusArticle("002"));
    const kyb = person(x, "Kim Yong-beom");
    const kjk = person(x, "Kim Jung-kwan");
    const deputies = kyb.mentions.filter((m) => m.text === "Deputy Minister Kim");
    expect(deputies).toHaveLength(3);
    expect(deputies.every((m) => !m.ambiguous)).toBe(true);
    expect(kjk.mentions.some((m) => m.text === "Deputy Minister Kim")).toBe(false);
    expect(kjk.mentions.filter((m) => m.text === "Minister Kim").length).toBeGreaterThanOrEqual(5);
    expect(kjk.mentions.some((m) => m.text === "the Minister" && m.form === "title")).toBe(true);
    expect(kyb.titles.map((t) => t.text)).toEqual([
      "Presidential Chief of Staff for Policy",
      "Deputy Minister",
    ]);
  });

  it("001: 'Director Kim and Minister Kim' inside a quote go to the right people", () => {
    const x = extractArticle(corpusArticle("001"));
    expect(ownerOf(x, "Director Kim")).toEqual(["Kim Yong-beom"]);
    expect(ownerOf(x, "Minister Kim")).toEqual(["Kim Jung-kwan"]);
    expect(person(x, "Kim Jung-kwan").titles.map((t) => t.text)).toContain(
      "minister of trade, industry and energy",
    );
  });

  it("keeps 'former' in a title and the surface form of differently romanised names", () => {
    const x004 = extractArticle(corpusArticle("004"));
    expect(person(x004, "Donald Trump").titles.map((t) => t.text)).toEqual(["former US President"]);
    const x002 = extractArticle(corpusArticle("002"));
    const x000 = extractArticle(corpusArticle("000"));
    expect(person(x002, "Lee Jae Myung").name).toBe("Lee Jae-myung");
    expect(person(x000, "Lee Jae-myung").name).toBe("Lee Jae Myung");
    expect(nameKey("Lee Jae Myung")).toBe(nameKey("Lee Jae-myung"));
  });

  it("reads appositive titles: 'Oh Hyun-joo, the third deputy national security adviser,'", () => {
    const x = extractArticle(corpusArticle("003"));
    expect(person(x, "Oh Hyun-joo").titles.map((t) => t.text)).toEqual([
      "third deputy national security adviser",
    ]);
    const she = person(x, "Oh Hyun-joo").mentions.find((m) => m.form === "pronoun");
    expect(she?.text).toBe("she");
  });

  it("represents unnamed sources as person entities flagged unnamed, named by their description", () => {
    const x = extractArticle(corpusArticle("001"));
    const official = x.entities.find((e) => e.name === "a high-ranking ruling party official");
    expect(official?.unnamed).toBe(true);
    expect(official?.kind).toBe("person");
    expect(official?.mentions[0]?.form).toBe("description");
    expect(person(x, "Kim Yong-beom").unnamed).toBeUndefined();
    // Nouns and infinitives are not speech cues: "In a recent report", "who will oversee project selection".
    expect(x.entities.filter((e) => e.unnamed).map((e) => e.name)).toEqual([
      "Korean negotiators",
      "Government sources",
      "a high-ranking ruling party official",
      "Legal experts",
    ]);
  });

  it("finds organisations and places: outlets, ministries, companies", () => {
    const x = extractArticle(corpusArticle("004"));
    const orgs = x.entities.filter((e) => e.kind === "organization").map((e) => e.name);
    expect(orgs).toEqual(
      expect.arrayContaining(["Benzinga", "Chosun", "Samsung", "SK Group", "Hanwha"]),
    );
    const places = x.entities.filter((e) => e.kind === "place").map((e) => e.name);
    // Places come from the general gazetteer (lexicons/places.ts); a city it does not list is no entity.
    expect(places).toEqual(expect.arrayContaining(["South Korea", "United States", "Florida"]));
  });
});

describe("a post written after the name: '<Title> <Name> of <Organisation>'", () => {
  it("002 (Chosun): 'Minister Kim Jung-kwan of the Ministry of Trade, Industry and Energy' is one post, every span slicing the body", () => {
    const article = corpusArticle("002");
    const x = extractArticle(article);
    const titles = person(x, "Kim Jung-kwan").titles;
    expect(titles.map((t) => titleLabel(t))).toEqual([
      "Minister of the Ministry of Trade, Industry and Energy",
    ]);
    const [title] = titles;
    expect(article.body.slice(title?.span.start, title?.span.end)).toBe("Minister");
    expect(title?.qualifier?.text).toBe("of the Ministry of Trade, Industry and Energy");
    expect(article.body.slice(title?.qualifier?.span.start, title?.qualifier?.span.end)).toBe(
      title?.qualifier?.text,
    );
    // The ministry is still an organisation of its own, and Kim Yong-beom's titles are unchanged.
    expect(x.entities.some((e) => e.name === "Ministry of Trade, Industry and Energy")).toBe(true);
    expect(qualified(x, "Kim Yong-beom")).toEqual([
      "Presidential Chief of Staff for Policy",
      "Deputy Minister",
    ]);
  });
});
