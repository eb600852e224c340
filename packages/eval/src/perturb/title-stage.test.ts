import { compareExtractions, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { editedArticle, type PerturbCase, type PerturbStory } from "./perturb-case.ts";
import { makeCases, readStory, runCase } from "./run-case.ts";
import { titleStage } from "./title-stage.ts";

// Invented reports of one pier opening, written for this test.
const article = (outlet: string, ...paragraphs: string[]) =>
  parseArticle({ outlet, text: paragraphs.join("\n\n") });
const first = article(
  "Invented Wire",
  "Harbour board chairman Ivo Marsh opened the new pier in Port Selby on Monday.",
  "The pier cost the town two years of work.",
);
const second = article(
  "Invented Ledger",
  "The new pier in Port Selby was opened on Monday by harbour board chairman Ivo Marsh.",
);

const story: PerturbStory = {
  name: "invented",
  source: "corpus",
  articles: [first, second],
  sameFact: () => true,
};

function stageOf(c: PerturbCase, witness = second, found = false) {
  const articles = [editedArticle(first, c), witness];
  const extractions = articles.map(extractArticle);
  return titleStage({
    c,
    found,
    articles,
    extractions,
    comparison: compareExtractions(articles, extractions),
  });
}

/** The suite's own case: "former" put before Marsh's "chairman" in the first article. */
function formerChairman(): PerturbCase {
  const c = makeCases(readStory(story)).find((k) => k.kind === "title" && k.articleIndex === 0);
  expect(c).toMatchObject({ after: "former chairman", witnesses: [1] });
  return c as PerturbCase;
}

describe("titleStage", () => {
  it("finds the former chairman reported, and a found case's loss the row's", () => {
    const c = formerChairman();
    expect(runCase(readStory(story), c).complete).toBe(true);
    expect(stageOf(c, second, true)).toBe("row incomplete");
  });

  it("finds the edited title unread when no person's title is at the edit", () => {
    const at = first.body.indexOf("two years");
    const c = { ...formerChairman(), start: at, before: "two", after: "two" };
    expect(stageOf(c)).toBe("edited title not read");
  });

  it("finds the posts never set side by side when the witness gives the title to another person", () => {
    const other = article(
      "Invented Ledger",
      "The new pier in Port Selby was opened on Monday by harbour board chairman Lena Dorn.",
    );
    expect(stageOf(formerChairman(), other)).toBe("not one person");
  });

  it("gives no stage to another kind", () => {
    expect(stageOf({ ...formerChairman(), kind: "negation" })).toBeNull();
  });
});
