import type { Extraction, Quote } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticle } from "../../../test/fixtures/extraction-gold/corpus-articles.ts";
import { handBuiltArticle } from "../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../extract-article.ts";
import { ArticleText } from "../article-text.ts";
import { toQuotes } from "./quote-drafts.ts";

function speaker(x: Extraction, q: Quote | undefined): string | null {
  if (!q) throw new Error("quote not found");
  return x.entities.find((e) => e.id === q.speakerId)?.name ?? null;
}

function quote(x: Extraction, startsWith: string): Quote | undefined {
  return x.quotes.find((q) => q.text.startsWith(startsWith));
}

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
      "Trade Minister Ahn Duk-geun met reporters in Seoul on Monday.",
      "“We are close,” Ahn told reporters at Gimpo International Airport. “Not there yet.”",
      "“It is a good deal,” said Yoon Sung-ho, a professor at Korea University.",
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
    expect(speaker(x, quote(x, "We are close"))).toBe("Ahn Duk-geun");
    expect(speaker(x, quote(x, "It is a good deal"))).toBe("Yoon Sung-ho");
    expect(speaker(x, quote(x, "We will keep talking"))).toBe("Ahn Duk-geun");
    const according = quote(x, "both sides want a deal");
    expect(according?.direct).toBe(false);
    expect(speaker(x, according)).toBe("Ahn Duk-geun");
    const that = quote(x, "the tariff would fall");
    expect(that?.direct).toBe(false);
    expect(speaker(x, that)).toBe("Ahn Duk-geun");
    const declined = quote(x, "declined to give a date");
    expect(declined?.direct).toBe(false);
    expect(speaker(x, declined)).toBe("Ahn Duk-geun");
  });

  it("carries the speaker to a following quote-only sentence and across a paragraph that runs on", () => {
    expect(speaker(x, quote(x, "Not there yet"))).toBe("Ahn Duk-geun");
    expect(speaker(x, quote(x, "This is the first part"))).toBe("Jane Doe");
    expect(speaker(x, quote(x, "And this is how it ends"))).toBe("Jane Doe");
  });

  it("records the occasion where stated and the cue words", () => {
    const q = quote(x, "We are close");
    expect(q?.occasion).toBe("at Gimpo International Airport");
    expect(q?.cue && article.body.slice(q.cue.start, q.cue.end)).toBe("Ahn told reporters");
  });

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

describe("speakers named in an appositive before the speech verb", () => {
  const article = handBuiltArticle(
    [
      "Japan's economy minister, Kenji Sato, said on Tuesday there had been “significant progress” in the talks.",
      "“We are not there yet,” Sato added.",
      "Central bank Governor Rhee Chang-yong, who spoke after a meeting with Finance Minister Choo Kyung-ho, said rates would stay on hold.",
      "Choo, fresh from talks with Bank of Korea Governor Rhee Chang-yong, told reporters that the budget was on track.",
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
          "Economy Minister Kenji Sato met Lutnick on Monday.",
          "Japan's economy minister, Kenji Sato, said on Tuesday that the talks had gone well for both sides.",
          "South Korea's trade minister, Yeo Han-koo, told reporters that the tariff would fall next month.",
          "The company's chief executive, Jane Doe, said profits would rise sharply this year.",
        ].join("\n\n"),
      ),
    );
    expect(speaker(y, quote(y, "the talks had gone well"))).toBe("Kenji Sato");
    expect(speaker(y, quote(y, "the tariff would fall"))).toBe("Yeo Han-koo");
    expect(speaker(y, quote(y, "profits would rise"))).toBe("Jane Doe");
  });

  it("'<title> <Name>, <appositive naming someone else>, said': the name before the appositive", () => {
    expect(speaker(x, quote(x, "rates would stay on hold"))).toBe("Rhee Chang-yong");
  });

  it("'<Name>, <appositive>, told reporters': the name, whatever the appositive says", () => {
    // Not the last name inside the appositive (Rhee): the surname before it.
    expect(speaker(x, quote(x, "the budget was on track"))).toBe("Choo Kyung-ho");
    expect(speaker(x, quote(x, "the tariff talks would resume"))).toBe("Choo Kyung-ho");
  });

  it("keeps 'X's offer, Kim said' with Kim and never makes a place or a title a speaker", () => {
    expect(speaker(x, quote(x, "Seoul's offer"))).toBe("Kim Min-seok");
    expect(speaker(x, quote(x, "has not changed"))).toBe("Kim Min-seok");
    for (const q of x.quotes) {
      expect(x.entities.find((e) => e.id === q.speakerId)?.kind, q.text).not.toBe("place");
    }
  });
});

describe("indirect speech after an adverbial or without 'that'", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Ahn Duk-geun met reporters in Seoul on Monday.",
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
    expect(speaker(x, q)).toBe("Ahn Duk-geun");
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

describe("attributions at the end of a sentence", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Ahn Duk-geun met reporters in Seoul on Monday.",
        "Seoul and Tokyo agreed to extend their currency swap line for three years, Reuters reported on Friday.",
        "The two delegations met for five hours in Geneva, according to Harbor Wire.",
        "A vote on the package could come in early March, according to Politico Europe.",
        "The talks will resume in Geneva next month, officials on both sides said.",
        "According to three diplomats briefed on the talks, the deal covers steel and aluminium exports.",
        "The agency plans to publish its findings in June, said Marta Nowak, a spokeswoman for the agency.",
        "After the talks ended in Geneva late on Friday, officials said.",
        "In a long statement issued in Geneva, the ministry said.",
        "Prices of steel rose sharply in the spring, said Tuesday.",
        "The ministers shook hands twice for the cameras, Baltic Courier reported on Friday.",
        "Baltic Courier reported that the talks had collapsed over steel quotas.",
        "Local media reported that the ministers had dined together in Geneva.",
        "The plant will open in May after all, said a senior official at the ministry.",
        "The ministers will meet again soon enough, said the people would decide.",
      ].join("\n\n"),
    ),
  );
  const indirect = (startsWith: string) => {
    const q = quote(x, startsWith);
    expect(q?.direct, startsWith).toBe(false);
    return q;
  };

  it("'…, Reuters reported on Friday.' and '…, according to <outlet>.': the clause is the outlet's", () => {
    const reuters = indirect("Seoul and Tokyo agreed");
    expect(reuters?.text).toBe(
      "Seoul and Tokyo agreed to extend their currency swap line for three years",
    );
    expect(speaker(x, reuters)).toBe("Reuters");
    expect(x.entities.find((e) => e.name === "Reuters")?.kind).toBe("organization");
    expect(indirect("The two delegations met")?.text).toBe(
      "The two delegations met for five hours in Geneva",
    );
    // An outlet the registry does not know is never made a person, nor cut to a listed name.
    expect(indirect("A vote on the package")?.text).toBe(
      "A vote on the package could come in early March",
    );
    expect(speaker(x, quote(x, "A vote on the package"))).not.toBe("Politico");
    for (const startsWith of ["The ministers shook hands", "the talks had collapsed"]) {
      const q = indirect(startsWith);
      expect(q?.speakerStatus, startsWith).toBe("unknown");
      expect(q?.cue, startsWith).not.toBeNull();
    }
    // A description before "reported" still speaks as an unnamed source.
    expect(speaker(x, indirect("the ministers had dined"))).toBe("Local media");
    for (const name of ["Harbor Wire", "Politico Europe", "Baltic Courier"])
      expect(x.entities.find((e) => e.name === name)?.kind ?? "organization", name).toBe(
        "organization",
      );
  });

  it("'…, officials on both sides said.' and 'According to three diplomats …, …': unnamed sources", () => {
    const officials = indirect("The talks will resume");
    expect(officials?.text).toBe("The talks will resume in Geneva next month");
    expect(speaker(x, officials)).toBe("officials on both sides");
    const diplomats = indirect("the deal covers steel");
    expect(speaker(x, diplomats)).toBe("three diplomats briefed on the talks");
    expect(x.entities.find((e) => e.name === "three diplomats briefed on the talks")?.unnamed).toBe(
      true,
    );
  });

  it("'…, said Marta Nowak, a spokeswoman for the agency.': the unknown name speaks", () => {
    const nowak = indirect("The agency plans");
    expect(nowak?.text).toBe("The agency plans to publish its findings in June");
    expect(speaker(x, nowak)).toBe("Marta Nowak");
    expect(x.entities.find((e) => e.name === "Marta Nowak")?.kind).toBe("person");
  });

  it("'…, said a senior official at the ministry.': an unnamed source, not a phrase with a verb", () => {
    const official = indirect("The plant will open");
    expect(official?.text).toBe("The plant will open in May after all");
    expect(speaker(x, official)).toBe("a senior official at the ministry");
    expect(x.entities.some((e) => e.name.startsWith("the people"))).toBe(false);
  });

  it("no quote from a clause led by 'After'/'In', and no person named 'Tuesday'", () => {
    expect(quote(x, "After the talks")).toBeUndefined();
    expect(quote(x, "the talks ended")).toBeUndefined();
    expect(quote(x, "In a long statement")).toBeUndefined();
    expect(quote(x, "Prices of steel")).toBeUndefined();
    expect(x.entities.some((e) => e.name === "Tuesday")).toBe(false);
  });
});

describe("closing attributions with adverbials, a following 'adding that', and named reporters", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Industry Minister Park Seo-yeon met her Japanese counterpart in Osaka.",
        "The two sides have narrowed their gap on chip export rules, Park said on Monday in Osaka.",
        "The Ministry of Fisheries said the quota dispute was settled.",
        "The new quota for mackerel will apply from March, the ministry said late Tuesday in a statement.",
        "Shipyard orders rose for a third straight month, Park said, adding that a new dock would open in the autumn.",
        "After the shipyards reopened in Ulsan, Park said, adding that the strike was over.",
        "The ferry schedule was changed twice, Park said in St. Louis on Monday.",
        "Tomas Weller said on Monday that the harbour had been dredged.",
        "Tomas Weller reported that the fishing fleet had returned to port early.",
        "Lindgren Post reported that the harbour fees would double.",
      ].join("\n\n"),
    ),
  );

  it("'…, Park said on Monday in Osaka.' / '…, the ministry said late Tuesday in a statement.': the clause is quoted", () => {
    const park = quote(x, "The two sides have narrowed");
    expect(park?.text).toBe("The two sides have narrowed their gap on chip export rules");
    expect(park?.direct).toBe(false);
    expect(speaker(x, park)).toBe("Park Seo-yeon");
    expect(quote(x, "The new quota for mackerel")?.text).toBe(
      "The new quota for mackerel will apply from March",
    );
  });

  it("'…, Park said, adding that …': both the clause before 'Park said' and the 'adding that' clause are Park's", () => {
    const before = quote(x, "Shipyard orders rose");
    expect(before?.text).toBe("Shipyard orders rose for a third straight month");
    expect(speaker(x, before)).toBe("Park Seo-yeon");
    expect(speaker(x, quote(x, "a new dock would open"))).toBe("Park Seo-yeon");
    // A clause led by a subordinator is still no statement; the "adding that" clause still is.
    expect(quote(x, "After the shipyards")).toBeUndefined();
    expect(speaker(x, quote(x, "the strike was over"))).toBe("Park Seo-yeon");
  });

  it("an adverbial place runs to the sentence end but not into an abbreviated name ('in St. Louis')", () => {
    expect(quote(x, "The ferry schedule")).toBeUndefined();
  });

  it("'<Name> reported that …': a person the registry knows speaks; an unknown outlet stays unknown", () => {
    const weller = quote(x, "the fishing fleet had returned");
    expect(weller?.speakerStatus).toBe("resolved");
    expect(speaker(x, weller)).toBe("Tomas Weller");
    const post = quote(x, "the harbour fees would double");
    expect(post?.speakerStatus).toBe("unknown");
    expect(x.entities.find((e) => e.name === "Lindgren Post")?.kind ?? "organization").toBe(
      "organization",
    );
  });
});

describe("speech verbs, parentheticals and relative 'that'", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Hiro Tanaka met Trade Minister Ahn Duk-geun in Tokyo on Monday.",
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
    expect(speaker(x, quote(x, "Those rules failed"))).toBe("Ahn Duk-geun");
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
