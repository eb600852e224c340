import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import {
  extractParagraphs as extract,
  quoteStarting as quote,
  speakerName as speaker,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { extractArticle } from "../../../extract-article.ts";

// Attributions closing a sentence: "…, Reuters reported.", "…, said X, a spokeswoman.", adverbials.

describe("attributions at the end of a sentence", () => {
  const x = extractArticle(
    handBuiltArticle(
      [
        "Trade Minister Ahn Mi-rae met reporters in Seoul on Monday.",
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
    // An outlet nobody named before is the organisation it names, never a person.
    for (const startsWith of ["The ministers shook hands", "the talks had collapsed"]) {
      const q = indirect(startsWith);
      expect(speaker(x, q), startsWith).toBe("Baltic Courier");
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

  it("'<Name> reported that …': a person the registry knows speaks; an unknown outlet is an organisation", () => {
    const weller = quote(x, "the fishing fleet had returned");
    expect(weller?.speakerStatus).toBe("resolved");
    expect(speaker(x, weller)).toBe("Tomas Weller");
    const post = quote(x, "the harbour fees would double");
    expect(speaker(x, post)).toBe("Lindgren Post");
    expect(x.entities.find((e) => e.name === "Lindgren Post")?.kind).toBe("organization");
  });
});

describe("an attribution closing a sentence that opens with a quotation", () => {
  it("gives the quotation, and the clause it opens, to the speaker after the comma", () => {
    const x = extract(
      "“You have one candidate who wants to win, and another who lives in the past” that is plainly out of touch, Tomas Weller said. “There is no better foil.”",
      "“He was going to make the name known,” as his father had hoped, Ms. Dora Pell said on Monday.",
    );
    expect(speakerOf(x, "lives in the past")).toBe("Tomas Weller");
    expect(speakerOf(x, "There is no better foil")).toBe("Tomas Weller");
    expect(speakerOf(x, "make the name known")).toBe("Dora Pell");
  });
});

describe("a closing 'according to' inside brackets", () => {
  it("credits the bracketed aside, from its bracket on, to the name (was unknown)", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "(The plan has cost “over a million dollars” so far, according to Dockwatch.)",
      "The levy Vint backs doubled the fee (the rise was “closer to a tenth” last year, according to Harbourwatch).",
    );
    expect(speakerOf(x, "over a million dollars")).toBe("Dockwatch");
    expect(speakerOf(x, "closer to a tenth")).toBe("Harbourwatch");
    const aside = x.quotes.find((q) => !q.direct && q.text.includes("closer to a tenth"));
    expect(aside?.text.startsWith("the rise was")).toBe(true);
  });

  it("never gives the bracket's name a quotation before the bracket", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "Vint called the levy “a disgrace” at the quay (the rise was small, according to Harbourwatch).",
    );
    expect(speakerOf(x, "a disgrace")).toBe("Ivo Vint");
  });
});
