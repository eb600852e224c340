import { extractArticle } from "@parallax/aligner";
import { parseArticle, type Quote } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  negatableAuxiliary,
  negationCases,
  resolvedQuoteOf,
  titleCases,
} from "./attribution-cases.ts";
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

  it("takes a have form only before a past participle: 'has not experience' is no English", () => {
    expect(firstAuxiliary("Voters want someone who has experience in Orvale.")).toBeNull();
    expect(firstAuxiliary("We have come a long way in Orvale.")).toBe("have come");
    expect(firstAuxiliary("The Harbour Trust has expressed interest.")).toBe("has expressed");
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

// Invented reports of a harbour dispute, written for this test.
function negationCasesOf(...texts: string[]) {
  const articles = texts.map((text, i) => article(`Invented Outlet ${i}`, text));
  const story: PerturbStory = {
    name: "invented",
    source: "polnear",
    articles,
    sameFact: () => true,
  };
  return negationCases(story, articles.map(extractArticle));
}

describe("the negation case rule's witnesses (PolNeAR)", () => {
  it("takes a sentence stating the statement as a witness", () => {
    const cases = negationCasesOf(
      'Ivo Vint said the harbour board "will approve the ferry contract this week."',
      "Ivo Vint said the harbour board would approve the ferry contract this week.",
    );
    expect(cases.map((c) => c.witnesses)).toContainEqual([1]);
  });

  it("takes no 'failed to' sentence as a witness of the statement it denies", () => {
    const cases = negationCasesOf(
      'Ivo Vint said the harbour board "will approve the ferry contract this week."',
      "Ivo Vint said the harbour board failed to approve the ferry contract this week.",
    );
    expect(cases).toEqual([]);
  });

  it("makes no case of 'not just', which denies nothing", () => {
    const cases = negationCasesOf(
      'Ada Roe told the crowd: "We were just declared the winner in Orvale tonight."',
      "Ada Roe was declared the winner in Orvale tonight, the harbour board said.",
    );
    expect(cases.filter((c) => c.articleIndex === 0)).toEqual([]);
  });

  it("takes no sentence of another root as the word's form ('nominee' for 'nominate')", () => {
    const cases = negationCasesOf(
      "Ada Roe has said that she would nominate harbour judges who back the ferry levy.",
      "The harbour nominee Ivo Vint backs the ferry levy, judges said.",
    );
    expect(cases).toEqual([]);
  });
});
