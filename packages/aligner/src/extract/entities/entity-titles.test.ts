import { type Extraction, titleLabel } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { heldOutArticles } from "../../../test/fixtures/alignment-gold/held-out-articles.ts";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ownerOf, person, personNames, qualified } from "../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../extract-article.ts";

describe("people, titles and the two Kims", () => {
  it("marks a bare surname ambiguous when the last sentence naming them names both, and never guesses", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Foreign Minister Park Jin-woo and Defense Minister Park Sung-ho arrived in Tokyo. Park said the visit went well.",
      ),
    );
    const mentions = x.entities.flatMap((e) => e.mentions.filter((m) => m.text === "Park"));
    expect(mentions.length).toBe(2);
    expect(mentions.every((m) => m.ambiguous)).toBe(true);
    const quote = x.quotes.find((q) => q.text.startsWith("the visit"));
    expect(quote?.speakerStatus).toBe("ambiguous");
    expect(quote?.speakerId).toBeNull();
  });

  it("resolves a title-surname by title fit for names it has never seen", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Finance Minister Choi Dal-bit met central bank Governor Rhee Sae-byeok on Monday. Governor Rhee said rates would stay. Minister Choi added that spending would rise.",
      ),
    );
    expect(ownerOf(x, "Governor Rhee")).toEqual(["Rhee Sae-byeok"]);
    expect(ownerOf(x, "Minister Choi")).toEqual(["Choi Dal-bit"]);
  });
});

describe("a post written after the name: '<Title> <Name> of <Organisation>'", () => {
  it("takes a ministry, agency or company the article names, and a country only for a post that governs or represents it", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Director Park Min-soo of the Korea Fair Trade Commission met President Lee Seung-ho of South Korea. Professor Choi Hyun-woo of Seoul said the talks went well.",
      ),
    );
    expect(qualified(x, "Park Min-soo")).toEqual(["Director of the Korea Fair Trade Commission"]);
    expect(qualified(x, "Lee Seung-ho")).toEqual(["President of South Korea"]);
    expect(qualified(x, "Choi Hyun-woo")).toEqual(["Professor"]);
  });

  it("never takes an 'of' phrase that is not an organisation, nor a name after 'and'", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Minister Kim Do-hyun of all people backed the plan. Minister Kim Do-hyun of the Ministry of Trade and President Lee Seung-ho spoke. Kim Tae-hun of the presidential office said so.",
      ),
    );
    expect(qualified(x, "Kim Do-hyun")).toEqual(["Minister of the Ministry of Trade"]);
    expect(qualified(x, "Lee Seung-ho")).toEqual(["President"]);
    // No title before the name: an 'of' phrase alone is not a post.
    expect(person(x, "Kim Tae-hun").titles).toEqual([]);
  });
});

describe("a title in an appositive before the name, and later surnames of people named there", () => {
  const pacificWire = heldOutArticles().find((a) => a.file === "b-pacific-wire.txt")?.article;
  if (!pacificWire) throw new Error("held-out text b-pacific-wire.txt missing");
  const titlesOf = (x: Extraction, name: string) => person(x, name).titles.map((t) => t.text);

  it("held-out Pacific Wire: 'Japan's economy minister, Kenji Sato, said' gives the title without the country", () => {
    const x = extractArticle(pacificWire);
    const sato = person(x, "Kenji Sato");
    expect(sato.titles.map((t) => t.text)).toEqual(["economy minister"]);
    for (const t of sato.titles) {
      expect(pacificWire.body.slice(t.span.start, t.span.end)).toBe(t.text);
    }
    expect(x.entities.find((e) => e.name === "Japan")?.kind).toBe("place");
  });

  it("held-out Pacific Wire: 'Sato said' and 'Sato added' are Kenji Sato's surname mentions, sorted and once each", () => {
    const x = extractArticle(pacificWire);
    const sato = person(x, "Kenji Sato");
    const body = pacificWire.body;
    const expected = [/Sato said the two/, /He spoke after/, /Sato added/].map((re) =>
      body.search(re),
    );
    expect(expected.every((at) => at >= 0)).toBe(true);
    // Known before quotes are read (the name after a title appositive), so "He" is his too.
    expect(sato.mentions.map((m) => [m.text, m.form, m.span.start])).toEqual([
      ["Kenji Sato", "name", body.indexOf("Kenji Sato")],
      ["Sato", "surname", expected[0]],
      ["He", "pronoun", expected[1]],
      ["Sato", "surname", expected[2]],
    ]);
    for (const m of sato.mentions) expect(body.slice(m.span.start, m.span.end)).toBe(m.text);
    // Every quote credited to Sato still goes to him, and no second "Sato" person appears.
    expect(x.entities.filter((e) => e.name === "Sato")).toEqual([]);
    const quoted = x.quotes.filter((q) => q.speakerId === sato.id).map((q) => q.text);
    expect(quoted).toContain("Mature nodes are not a national security issue");
    expect(quoted).toContain("the two governments had settled the overall framework");
  });

  it("reads the appositive title of a Korean name and of a company's executive", () => {
    const korean = extractArticle(
      handBuiltArticle(
        "South Korea's trade minister, Yeo Gyeol-on, said on Monday that talks would resume. Yeo added that no date was set.",
      ),
    );
    expect(titlesOf(korean, "Yeo Gyeol-on")).toEqual(["trade minister"]);
    expect(person(korean, "Yeo Gyeol-on").mentions.map((m) => m.form)).toEqual(["name", "surname"]);
    const company = extractArticle(
      handBuiltArticle(
        "Samsung's chief executive, Jane Doe, told reporters the plant would open in May.\n\nDoe said the company would hire 500 people.",
      ),
    );
    expect(titlesOf(company, "Jane Doe")).toEqual(["chief executive"]);
    expect(person(company, "Jane Doe").mentions.map((m) => `${m.text}/${m.form}`)).toEqual([
      "Jane Doe/name",
      "Doe/surname",
    ]);
  });

  it("gives no title to a name after a non-title or in a list, and never guesses between two people of one surname", () => {
    const offer = extractArticle(
      handBuiltArticle("Kim Min-jun arrived on Monday. Seoul's offer, Kim said, was final."),
    );
    expect(titlesOf(offer, "Kim Min-jun")).toEqual([]);
    const list = extractArticle(
      handBuiltArticle("Kim Min-jun, Lee Ji-ho and Park Seo-yeon said the talks were over."),
    );
    for (const name of ["Kim Min-jun", "Lee Ji-ho", "Park Seo-yeon"]) {
      expect(titlesOf(list, name)).toEqual([]);
    }
    const twoDoes = extractArticle(
      handBuiltArticle(
        "Samsung's chief executive, Jane Doe, told reporters the plant would open in May. Apple's chief executive, John Doe, said the plan was sound.\n\nDoe said the company would hire 500 people.",
      ),
    );
    // The subject of the nearest sentence naming a Doe, as for two Kims.
    expect(ownerOf(twoDoes, "Doe")).toEqual(["John Doe"]);
    const bothDoes = extractArticle(
      handBuiltArticle(
        "Samsung's chief executive, Jane Doe, told reporters the plant would open in May. Apple's chief executive, John Doe, said the plan was sound. Jane Doe and John Doe then left.\n\nDoe said the company would hire 500 people.",
      ),
    );
    expect(ownerOf(bothDoes, "Doe")).toEqual(["?Jane Doe", "?John Doe"]);
    const hire = bothDoes.quotes.find((q) => q.text.includes("hire 500"));
    expect(hire?.speakerStatus).toBe("ambiguous");
  });
});

describe("a post written after a title and surname: 'Minister Kim of the Ministry of …'", () => {
  it("'Minister Kim of the Ministry of Trade, Industry and Energy said' qualifies the minister's title, spans slicing the body", () => {
    const article = handBuiltArticle(
      "Industry Minister Kim Do-hyun and policy director Kim Tae-hun flew to Washington. Minister Kim of the Ministry of Trade, Industry and Energy said the talks would resume. Director Kim said little.",
    );
    const x = extractArticle(article);
    const [first, title, ...rest] = person(x, "Kim Do-hyun").titles;
    expect(first && titleLabel(first)).toBe("Industry Minister");
    expect(rest).toEqual([]);
    expect(title && titleLabel(title)).toBe(
      "Minister of the Ministry of Trade, Industry and Energy",
    );
    expect(article.body.slice(title?.span.start, title?.span.end)).toBe("Minister");
    expect(article.body.slice(title?.qualifier?.span.start, title?.qualifier?.span.end)).toBe(
      "of the Ministry of Trade, Industry and Energy",
    );
    expect(qualified(x, "Kim Tae-hun")).toEqual(["policy director", "Director"]);
    expect(ownerOf(x, "Minister Kim")).toEqual(["Kim Do-hyun"]);
    // With two Kims and no title to tell them apart, the post is nobody's: never a guess.
    const untitled = extractArticle(
      handBuiltArticle(
        "Kim Do-hyun and Kim Tae-hun flew to Washington. Minister Kim of the Ministry of Trade, Industry and Energy said the talks would resume.",
      ),
    );
    expect(ownerOf(untitled, "Minister Kim")).toEqual(["?Kim Do-hyun", "?Kim Tae-hun"]);
    expect(person(untitled, "Kim Do-hyun").titles).toEqual([]);
  });

  it("the holder of the post speaks, not the organisation: '<Title> <Name|Surname> of <Organisation> said'", () => {
    const speakerOf = (text: string) => {
      const x = extractArticle(handBuiltArticle(text));
      const q = x.quotes.find((q) => q.text === "the talks would resume");
      const name = x.entities.find((e) => e.id === q?.speakerId)?.name ?? null;
      return `${name}/${q?.speakerStatus}`;
    };
    const post = "of the Ministry of Trade, Industry and Energy said the talks would resume.";
    expect(speakerOf(`Minister Kim Do-hyun ${post}`)).toBe("Kim Do-hyun/resolved");
    expect(speakerOf(`Kim Do-hyun met reporters. Minister Kim ${post}`)).toBe(
      "Kim Do-hyun/resolved",
    );
    expect(
      speakerOf(
        "Director Park Min-soo of the Korea Fair Trade Commission said the talks would resume.",
      ),
    ).toBe("Park Min-soo/resolved");
    expect(speakerOf(`Kim Do-hyun and Kim Tae-hun met. Minister Kim ${post}`)).toBe(
      "null/ambiguous",
    );
    // The ministry alone still speaks for itself, its commas notwithstanding.
    expect(speakerOf(`The Ministry ${post.replace("of the Ministry ", "")}`)).toBe(
      "Ministry of Trade, Industry and Energy/resolved",
    );
  });

  it("same rules as after a full name: a governed place, not 'of all people' nor 'Professor Choi of Seoul'; the next name's title starts after the post", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Lee Seung-ho, Kim Do-hyun and Choi Hyun-woo arrived. President Lee of South Korea spoke first. Minister Kim of all people agreed. Professor Choi of Seoul said so.",
      ),
    );
    expect(qualified(x, "Lee Seung-ho")).toEqual(["President of South Korea"]);
    expect(qualified(x, "Kim Do-hyun")).toEqual(["Minister"]);
    expect(qualified(x, "Choi Hyun-woo")).toEqual(["Professor"]);
    const next = extractArticle(
      handBuiltArticle(
        "Kim Do-hyun arrived. Minister Kim of the Ministry of Trade, Industry and Energy and U.S. Commerce Secretary Oren Talbeck met on Monday. Minister Kim and President Lee Seung-ho spoke.",
      ),
    );
    expect(qualified(next, "Kim Do-hyun")).toEqual([
      "Minister of the Ministry of Trade, Industry and Energy",
    ]);
    expect(qualified(next, "Oren Talbeck")).toEqual(["U.S. Commerce Secretary"]);
    expect(qualified(next, "Lee Seung-ho")).toEqual(["President"]);
  });
});

describe("'attorney' heads a title", () => {
  it("'City Attorney Terry Wexley confirmed' is Terry Wexley with that title, not a person 'Attorney Terry Wexley'", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Santa Monica Chief Deputy City Attorney Terry Wexley confirmed to reporters that the stay was approved.",
      ),
    );
    expect(personNames(x)).toEqual(["Terry Wexley"]);
    expect(qualified(x, "Terry Wexley")).toEqual(["Santa Monica Chief Deputy City Attorney"]);
  });
});

describe("a title holding another person's name is not the title of the name before it", () => {
  it("gives a list's next post to the next person ('A, Deputy Chief of Staff B and …')", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Officials searched the records of Chief of Staff Ada Lund, Deputy Chief of Staff Ivo Vint and Deputy Chief of Staff Tarquil Vint, a filing said.",
      ),
    );
    expect(person(x, "Ada Lund").titles.map((t) => t.text)).toEqual(["Chief of Staff"]);
    expect(person(x, "Ivo Vint").titles.map((t) => t.text)).toEqual(["Deputy Chief of Staff"]);
    // The owner of a post, named in it with "'s", leaves it the title of the name after it.
    const owned = extractArticle(
      handBuiltArticle("Tarquil Brandt's attorney Ivo Vint spoke to the court on Monday."),
    );
    expect(person(owned, "Ivo Vint").titles.map((t) => t.text)).toEqual([
      "Tarquil Brandt's attorney",
    ]);
  });
});
