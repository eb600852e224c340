import type { Entity, Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { ownerOf, person, possessives } from "../../../../test/support/entity-lookups.ts";
import { extractArticle } from "../../../extract-article.ts";

describe("possessive pronouns 'his'/'her', read as he/she are", () => {
  it("a sentence-opening clause refers forward even when the sentence before names someone else", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Lee Seung-ho met reporters on Monday. Speaking after his return from Washington, Kim Tae-hun said the talks went well. In her interview, Minister Oh Eun-bi said she agreed.",
      ),
    );
    expect(possessives(x)).toEqual([["Kim Tae-hun"], ["Oh Eun-bi"]]);
  });

  it("reads backwards otherwise: the nearest person of the sentence, else the last sentence's subject", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Kim Tae-hun told reporters that most issues were settled during his meetings with Oren Talbeck. His aides said the rest would follow. After Kim Tae-hun met Lee Seung-ho, his aides briefed reporters.",
      ),
    );
    expect(possessives(x)).toEqual([["Kim Tae-hun"], ["Kim Tae-hun"], ["Lee Seung-ho"]]);
  });

  it("marks two people joined by 'and' ambiguous and never gives 'her' to someone called 'he'", () => {
    const x = extractArticle(
      handBuiltArticle("Kim Tae-hun and Lee Seung-ho met on Friday. His aides said little."),
    );
    expect(possessives(x)).toEqual([["?Kim Tae-hun", "?Lee Seung-ho"]]);
    const he = extractArticle(
      handBuiltArticle(
        "Kim Tae-hun said he would return. Her office declined to comment. His office agreed.",
      ),
    );
    expect(possessives(he)).toEqual([["Kim Tae-hun"]]);
    expect(he.entities.flatMap((e) => e.mentions).some((m) => m.text === "Her")).toBe(false);
  });
});

describe("untitled full names, honorifics and title-only references (names not in the unseen EV texts)", () => {
  const titlesOf = (x: Extraction, name: string) => person(x, name).titles.map((t) => t.text);
  const people = (x: Extraction) =>
    x.entities.filter((e) => e.kind === "person" && !e.unnamed).map((e) => e.name);

  it("a capitalised name before a title appositive is a person with that title, Western or Chinese, at a sentence start or not", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Marta Kowalczyk, Poland's finance minister, met reporters in Warsaw. She later sat down with Chen Hao, China's vice-minister of industry, for an hour. The bill passed on Friday, said Tomas Weller, a spokesman for the council. Ines Duarte, an analyst at the Porto Policy Institute, was less sure. Chen Hao left on Saturday.",
      ),
    );
    // Said again without the appositive, the whole name is the mention, not its last word.
    expect(ownerOf(x, "Chen Hao", 1)).toEqual(["Chen Hao"]);
    expect(ownerOf(x, "Hao")).toEqual([]);
    expect(titlesOf(x, "Marta Kowalczyk")).toEqual(["Poland's finance minister"]);
    expect(titlesOf(x, "Chen Hao")).toEqual(["China's vice-minister of industry"]);
    expect(titlesOf(x, "Tomas Weller")).toEqual(["spokesman for the council"]);
    expect(titlesOf(x, "Ines Duarte")).toEqual(["analyst at the Porto Policy Institute"]);
  });

  it("is no person when the words are a place, an outlet, an organisation or a clause opener, or the appositive has no title head", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The Porto Policy Institute, a think tank whose director resigned, disagreed. In Brussels, the commissioner stayed silent. South Korea, the minister said, will wait. Bloomberg News, the agency's chief editor noted, was first. Marta Kowalczyk, a keen cyclist, rode home. Wall Street, the chief strategist noted, fell. Hong Kong, the chief executive warned, faces a slowdown. The Chinese Embassy, the ambassador's residence, was quiet. Europe's envoy, Ana Costa, and the minister left. The plan is flawed, said New Delhi.",
      ),
    );
    // Marta Kowalczyk and Ana Costa are people by their given names (person-names.ts), whatever
    // their appositive says; nothing else here is a person.
    expect(people(x)).toEqual(["Marta Kowalczyk", "Ana Costa"]);
    expect(x.entities.find((e) => e.name === "New Delhi")?.kind).toBe("place");
  });

  it("a lowercase title head before a name starts that name's title, so two titled names joined by 'and' each keep their own", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Talks led by EU energy chief Marta Kowalczyk and Norwegian Trade Minister Jonas Berg ended late. Kowalczyk left first.",
      ),
    );
    expect(titlesOf(x, "Marta Kowalczyk")).toEqual(["EU energy chief"]);
    expect(titlesOf(x, "Jonas Berg")).toEqual(["Norwegian Trade Minister"]);
    expect(ownerOf(x, "Kowalczyk")).toEqual(["Marta Kowalczyk"]);
    const led = extractArticle(
      handBuiltArticle("Nordvik Cars, led by chief executive Sven Aalto, cut prices."),
    );
    expect(titlesOf(led, "Sven Aalto")).toEqual(["chief executive"]);
  });

  it("a name between commas after a title is a person too: 'the minister, Chen Hao, was late'", () => {
    const x = extractArticle(
      handBuiltArticle("Officials said the minister, Chen Hao, was late. Chen left at noon."),
    );
    expect(titlesOf(x, "Chen Hao")).toEqual(["minister"]);
    expect(ownerOf(x, "Chen")).toEqual(["Chen Hao"]);
  });

  it("title words before an untitled name are its title, not part of the name", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Voltra Chief Executive Ivo Vint said the price would fall. Central Bank Chair Ana Costa, the country's top monetary official, agreed.",
      ),
    );
    expect(people(x)).toEqual(["Ivo Vint", "Ana Costa"]);
    expect(titlesOf(x, "Ivo Vint")).toEqual(["Voltra Chief Executive"]);
    expect(titlesOf(x, "Ana Costa")).toEqual([
      "Central Bank Chair",
      "country's top monetary official",
    ]);
  });

  it("'said <Name> of <Organisation>' credits the person, not the organisation", () => {
    const x = extractArticle(
      handBuiltArticle("“We are close,” said Elena Rossi of the Turin Policy Institute."),
    );
    const q = x.quotes.find((q) => q.text.startsWith("We are close"));
    expect(x.entities.find((e) => e.id === q?.speakerId)?.name).toBe("Elena Rossi");
  });

  it("news outlets by their name's last word ('Baltic Wire', 'The Harbour Gazette') and 'Politico Europe' whole, never a person", () => {
    const x = extractArticle(
      handBuiltArticle(
        "The talks ran late, according to Baltic Wire. The Harbour Gazette put the figure higher. A vote may follow, according to Politico Europe.",
      ),
    );
    const orgs = x.entities.filter((e) => e.kind === "organization").map((e) => e.name);
    expect(orgs).toEqual(["Baltic Wire", "Harbour Gazette", "Politico Europe"]);
    expect(people(x)).toEqual([]);
  });

  it("organisation names go on past 'of the' while the words are capitalised", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Hans Vogel, president of the Austrian Association of the Steel Industry, said prices rose.",
      ),
    );
    const orgs = x.entities.filter((e) => e.kind === "organization").map((e) => e.name);
    expect(orgs).toEqual(["Austrian Association of the Steel Industry"]);
    expect(titlesOf(x, "Hans Vogel")).toEqual([
      "president of the Austrian Association of the Steel Industry",
    ]);
  });

  it("honorifics with or without a dot name the known person by surname, never a new 'Ms …' person", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Marta Kowalczyk, Poland's finance minister, arrived. “We are close,” Ms Kowalczyk said. Mr. Berg, who is not named in full, agreed. “Not yet,” Dr Weller said.",
      ),
    );
    const q = x.quotes.find((q) => q.text.startsWith("We are close"));
    expect(x.entities.find((e) => e.id === q?.speakerId)?.name).toBe("Marta Kowalczyk");
    // Mr. Berg, who never speaks, is a person of his own (names/honorific-surnames.ts).
    expect(people(x).filter((n) => /^(?:Ms|Mr|Dr)\b/.test(n))).toEqual(["Mr. Berg"]);
    const weller = x.quotes.find((q) => q.text.startsWith("Not yet"));
    expect(x.entities.find((e) => e.id === weller?.speakerId)?.name).toBe("Weller");
  });

  it("'the ambassador' is the one ambassador of the article; with two it is ambiguous, never a guess", () => {
    const one = extractArticle(
      handBuiltArticle(
        "Ambassador Chen Hao arrived on Monday with Finance Minister Marta Kowalczyk. Speaking to reporters, the ambassador said talks would go on.",
      ),
    );
    expect(ownerOf(one, "the ambassador")).toEqual(["Chen Hao"]);
    const two = extractArticle(
      handBuiltArticle(
        "Ambassador Chen Hao and Ambassador Jonas Berg arrived on Monday. Speaking to reporters, the ambassador said talks would go on.",
      ),
    );
    expect(ownerOf(two, "the ambassador").every((o) => o.startsWith("?"))).toBe(true);
    const q = two.quotes.find((q) => q.text.startsWith("talks would go on"));
    expect(q?.speakerId ?? null).toBeNull();
  });

  it("a possessor does not speak, an appositive after a surname is a title, and 'the person' takes up 'A person briefed on …'", () => {
    const x = extractArticle(
      handBuiltArticle(
        "Finance Minister Marta Kowalczyk arrived on Monday. Kowalczyk, Poland's top budget official, said the offer would stand. Kowalczyk's spokesperson said a vote could follow. A person briefed on the talks said the gap was small. “It is trust,” the person said. The plan, first reported by Bloomberg, surprised markets.",
      ),
    );
    expect(titlesOf(x, "Marta Kowalczyk")).toEqual([
      "Finance Minister",
      "Poland's top budget official",
    ]);
    const speaker = (start: string) => {
      const q = x.quotes.find((q) => q.text.startsWith(start));
      return x.entities.find((e) => e.id === q?.speakerId)?.name;
    };
    expect(speaker("the offer would stand")).toBe("Marta Kowalczyk");
    expect(speaker("a vote could follow")).not.toBe("Marta Kowalczyk");
    expect(speaker("It is trust")).toBe(speaker("the gap was small"));
    expect(speaker("It is trust")).toBe("A person briefed on the talks");
    expect(x.entities.some((e) => e.name === "first")).toBe(false);
  });
});

describe("'the company' as a later reference", () => {
  function speakerOf(x: Extraction, quoteStart: string): Entity | undefined {
    const quote = x.quotes.find((q) => q.text.startsWith(quoteStart));
    return x.entities.find((e) => e.id === quote?.speakerId);
  }

  it("is the one company that opened an earlier sentence", () => {
    const x = extractArticle(
      handBuiltArticle(
        [
          "Samsung Electronics said Monday it would build a chip plant in Texas.",
          "The plant will cost $17 billion and open in 2026, the company said in a statement.",
        ].join("\n\n"),
      ),
    );
    const speaker = speakerOf(x, "The plant will cost");
    expect(speaker?.name).toBe("Samsung Electronics");
    expect(speaker?.kind).toBe("organization");
    expect(speaker?.mentions.map((m) => m.text)).toEqual(["Samsung Electronics", "the company"]);
  });

  it("reads 'SK Hynix said' as a company (an all-capitals prefix), never a person 'Hynix'", () => {
    const x = extractArticle(
      handBuiltArticle(
        "SK Hynix said it would expand its Indiana site. LG Display said sales fell 3 percent.",
      ),
    );
    const names = x.entities.map((e) => `${e.kind}:${e.name}`);
    expect(names).toContain("organization:SK Hynix");
    expect(names).toContain("organization:LG Display");
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
    for (const e of x.entities)
      for (const m of e.mentions)
        expect(x.sentences.map((s) => s.text).join(" ")).toContain(m.text);
  });

  it("'the ministry said' is the one ministry named earlier, ambiguous between two", () => {
    const one = extractArticle(
      handBuiltArticle(
        [
          "The Ministry of Oceans and Fisheries on Monday banned imports of scallops from the region.",
          "The ban will last until further notice, the ministry said in a statement.",
        ].join("\n\n"),
      ),
    );
    expect(speakerOf(one, "The ban will last")?.name).toBe("Ministry of Oceans and Fisheries");
    const two = extractArticle(
      handBuiltArticle(
        [
          "The Ministry of Oceans and Fisheries and the Ministry of Food and Drug Safety met on Monday.",
          "The ban will last until further notice, the ministry said in a statement.",
        ].join("\n\n"),
      ),
    );
    const quote = two.quotes.find((q) => q.text.startsWith("The ban will last"));
    expect(quote?.speakerStatus).toBe("ambiguous");
  });

  it("is never guessed between two companies, nor taken to be a ministry", () => {
    const two = extractArticle(
      handBuiltArticle(
        [
          "Samsung Electronics said Monday it would build a chip plant in Texas.",
          "Hyundai Motor said it would expand its Georgia site.",
          "The plant will cost $17 billion and open in 2026, the company said in a statement.",
        ].join("\n\n"),
      ),
    );
    const quote = two.quotes.find((q) => q.text.startsWith("The plant will cost"));
    expect(quote?.speakerStatus).toBe("ambiguous");
    const ministry = extractArticle(
      handBuiltArticle(
        [
          "The Ministry of Trade, Industry and Energy said Monday that exports rose 5 percent.",
          "Chip sales drove most of the rise in October, the company said in a statement.",
        ].join("\n\n"),
      ),
    );
    expect(speakerOf(ministry, "Chip sales drove")?.name).not.toMatch(/Ministry/);
  });
});
