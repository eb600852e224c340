import { extractArticle } from "@parallax/aligner";
import { parseArticle, type Quote } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { negatableAuxiliary, resolvedQuoteOf, titleCases } from "./attribution-cases.ts";
import { type PerturbStory, words } from "./perturb-case.ts";

function firstAuxiliary(text: string): string | null {
  return negatableAuxiliary(text)?.[0] ?? null;
}

describe("the negation case rule's auxiliary", () => {
  it("takes a do/have form only before a verb, so 'not' makes English", () => {
    expect(firstAuxiliary("Ada Lund did nothing wrong at the Orvale depot.")).toBeNull();
    expect(firstAuxiliary("They do business in Orvale and have made gains.")).toBe("have made");
    expect(firstAuxiliary("Ivo Vint had made sacrifices for the Harbour Trust.")).toBe("had made");
  });

  it("takes be-forms and modals before any word", () => {
    expect(firstAuxiliary("The Harbour Trust was ready to sign.")).toBe("was ready");
    expect(firstAuxiliary("Vint will meet Lund in Orvale.")).toBe("will meet");
  });
});

// Invented reports of one ferry launch, written for this test.
const article = (outlet: string, text: string) => parseArticle({ outlet, text });
function titleCasesOf(...texts: string[]) {
  const articles = texts.map((text, i) => article(`Invented Outlet ${i}`, text));
  const story: PerturbStory = {
    name: "invented",
    source: "corpus",
    articles,
    sameFact: () => true,
  };
  return titleCases(story, articles.map(extractArticle));
}

describe("the title case rule", () => {
  it("puts 'former' before a post another article also gives the person", () => {
    const cases = titleCasesOf(
      "Harbour Mayor Ada Roe launched the new ferry in Castlebay on Monday.",
      "The new ferry was launched on Monday by Harbour Mayor Ada Roe.",
    );
    expect(cases.map((c) => c.after)).toContain("former Harbour Mayor");
  });

  it("leaves a courtesy title alone: 'former Mrs. Roe' is no counterfactual", () => {
    const cases = titleCasesOf(
      "Ada Roe launched the new ferry in Castlebay on Monday. Mrs. Roe called it a fine day.",
      "The new ferry was launched on Monday by Ada Roe. Mrs. Roe called it a fine day.",
    );
    expect(cases.map((c) => c.before)).toEqual([]);
  });
});

describe("the speaker case rule's witness quote", () => {
  const quote = (text: string) => ({ text, direct: true, speakerStatus: "resolved" }) as Quote;
  const moved = words("The new ferry will cost the harbour far more than anyone in Castlebay said");

  it("takes another outlet's quote of most of the same words", () => {
    expect(resolvedQuoteOf(quote("will cost the harbour far more than anyone said"), moved)).toBe(
      true,
    );
  });

  it("takes no word or two of the quotation as the same words ('far more')", () => {
    expect(resolvedQuoteOf(quote("far more"), moved)).toBe(false);
    expect(resolvedQuoteOf(quote("Castlebay"), moved)).toBe(false);
  });
});
