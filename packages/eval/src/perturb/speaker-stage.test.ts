import { type ConflictRefusal, compareExtractions, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { describeMiss } from "./case-miss.ts";
import { editedArticle, type PerturbCase, type PerturbStory } from "./perturb-case.ts";
import { makeCases, readStory, runCase } from "./run-case.ts";
import { speakerStage } from "./speaker-stage.ts";

// Invented reports of one flooded harbour, written for this test.
const article = (outlet: string, ...paragraphs: string[]) =>
  parseArticle({ outlet, text: paragraphs.join("\n\n") });
const QUOTE = "“We will rebuild every pier before the winter storms arrive,”";
const first = article(
  "Invented Wire",
  "Harbour master Ivo Marsh inspected the flooded docks of Port Selby on Monday.",
  `${QUOTE} Marsh said.`,
  "Mayor Lena Dorn visited the flooded docks of Port Selby on Monday and met Lena Dorn's staff.",
);
const quoting = (said: string) =>
  article(
    "Invented Ledger",
    "Harbour master Ivo Marsh toured the flooded docks of Port Selby on Monday.",
    `${QUOTE} ${said}.`,
    "Mayor Lena Dorn also visited the docks of Port Selby.",
  );
const second = quoting("Ivo Marsh said");

const storyOf = (...articles: ReturnType<typeof article>[]): PerturbStory => ({
  name: "invented",
  source: "corpus",
  articles,
  sameFact: () => true,
});

function stageOf(c: PerturbCase, witness = second, found = false) {
  const articles = [editedArticle(first, c), witness];
  const extractions = articles.map(extractArticle);
  return speakerStage({
    c,
    found,
    articles,
    extractions,
    comparison: compareExtractions(articles, extractions),
  });
}

/** The suite's own case: Marsh's quote moved to Lena Dorn. */
function movedQuote(): PerturbCase {
  const cases = makeCases(readStory(storyOf(first, second)));
  const moved = cases.find((c) => c.kind === "speaker" && c.articleIndex === 0);
  expect(moved).toMatchObject({ before: "Marsh", after: "Lena Dorn", witnesses: [1] });
  return moved as PerturbCase;
}

describe("speakerStage", () => {
  it("finds the quote moved to Lena Dorn reported, and a found one's loss the row's", () => {
    const c = movedQuote();
    const result = runCase(readStory(storyOf(first, second)), c, true);
    expect(result.complete).toBe(true);
    expect(stageOf(c, second, true)).toBe("row incomplete");
  });

  it("finds no quote when the edit is at no quote's attribution words", () => {
    const at = first.body.indexOf("Ivo");
    const c = { ...movedQuote(), start: at, before: "Ivo Marsh", after: "Ivo Marsh" };
    expect(stageOf(c)).toBe("quote not found");
  });

  it("finds the edited speaker unknown when the new attribution names nobody", () => {
    // "…,” they said.": the quote is found at its cue, but credited to no one named "they".
    expect(stageOf({ ...movedQuote(), after: "they" })).toBe("edited speaker unknown");
  });

  it("finds the witness speaker unknown when the witness quotes the words from no one", () => {
    // "…,” they said.": the witness's quote is read with no speaker.
    const unattributed = quoting("they said");
    expect(stageOf(movedQuote(), unattributed)).toBe("witness speaker unknown");
  });

  it("matches each quote of a cue that speaks for two, not the first alone", () => {
    // "“…,” Marsh said. “…”": one cue, two quotes; the witness quotes only the second.
    const twoQuotes = article(
      "Invented Wire",
      "Harbour master Ivo Marsh inspected the flooded docks of Port Selby on Monday.",
      `“The council has promised the money for the works,” Marsh said. ${QUOTE.replace("”,", ".”").replace(",”", ".”")}`,
      "Mayor Lena Dorn visited the flooded docks of Port Selby on Monday and met Lena Dorn's staff.",
    );
    const witness = quoting("Ivo Marsh said");
    const c: PerturbCase = {
      ...movedQuote(),
      start: twoQuotes.body.indexOf("Marsh said"),
      before: "Marsh",
    };
    const articles = [editedArticle(twoQuotes, c), witness];
    const extractions = articles.map(extractArticle);
    const cue = extractions[0]?.quotes.filter((q) => q.cue !== null && q.cue.start <= c.start);
    expect(cue?.length).toBe(2);
    const comparison = compareExtractions(articles, extractions);
    expect(speakerStage({ c, found: false, articles, extractions, comparison })).not.toBe(
      "witness speaker unknown",
    );
  });

  it("names the guard that refused a case alignment set apart: the speaker check reads the story", () => {
    // The witness quotes a few of the words with one of its own ("every single pier"), and
    // alignment is made to keep the two statements apart: no group or event holds both.
    const witness = article(
      "Invented Ledger",
      "Harbour master Ivo Marsh toured the flooded docks of Port Selby on Monday.",
      "Ivo Marsh told the council he would “rebuild every single pier before the storms,” he said.",
    );
    const c = movedQuote();
    const articles = [editedArticle(first, c), witness];
    const extractions = articles.map(extractArticle);
    const refusals: ConflictRefusal[] = [];
    const compared = compareExtractions(articles, extractions, {
      onRefusal: (r) => refusals.push(r),
    });
    const apart = {
      ...compared,
      groups: compared.groups.map((g) => ({
        ...g,
        statements: g.statements.filter((st) => st.articleId !== witness.id),
      })),
      events: [],
    };
    const miss = describeMiss(c, false, articles, apart, extractions, refusals);
    expect(miss.stage).toBe("not aligned");
    expect(miss.refusedBy).toEqual(["speaker:sameWordsShare"]);
  });

  it("gives no stage to another kind", () => {
    expect(stageOf({ ...movedQuote(), kind: "title" })).toBeNull();
  });
});
