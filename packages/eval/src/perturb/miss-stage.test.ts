import { compareExtractions, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { missStage } from "./miss-stage.ts";
import { editedArticle, type PerturbCase } from "./perturb-case.ts";

// Invented reports of one harbour fire, written for this test.
const article = (outlet: string, ...paragraphs: string[]) =>
  parseArticle({ outlet, text: paragraphs.join("\n\n") });
const first = article(
  "Invented Wire",
  "Fire crews from Port Selby said 12 boats were destroyed in the harbour blaze on Tuesday.",
  "Dock owner Ivo Marsh said the marina would reopen next month.",
);
const second = article(
  "Invented Ledger",
  "Twelve boats were destroyed in a blaze in Port Selby harbour on Tuesday, fire crews said.",
  "A storm in the bay flooded 80 cellars along the quay last winter.",
);

/** The case changing `before` at its first place in the first article, witnessed by the second. */
function caseOf(kind: PerturbCase["kind"], before: string, after: string): PerturbCase {
  return {
    story: "invented",
    source: "corpus",
    kind,
    form: kind === "date" ? "weekday" : "digits",
    articleIndex: 0,
    start: first.body.indexOf(before),
    before,
    after,
    witnesses: [1],
    expect: [kind],
  };
}

function stageOf(c: PerturbCase, found = false) {
  const articles = [editedArticle(first, c), second];
  const extractions = articles.map(extractArticle);
  return missStage({
    c,
    found,
    articles,
    extractions,
    comparison: compareExtractions(articles, extractions),
  });
}

describe("missStage", () => {
  it("names a found case's loss the row's", () => {
    expect(stageOf(caseOf("figure", "12", "24"), true)).toBe("row incomplete");
  });

  it("finds the edited value unread when the edit is no figure the extraction holds", () => {
    // "Port Selby" holds no figure: an edit there is read as none.
    const c = { ...caseOf("figure", "Selby", "Selby"), start: first.body.indexOf("Selby") };
    expect(stageOf(c)).toBe("value not read");
  });

  it("finds the witness value unread when no witness figure holds the old value's words", () => {
    // The witness writes "Twelve"; the old value "12" is no word of its figures.
    expect(stageOf(caseOf("figure", "12", "24"))).toBe("witness value not read");
  });

  it("tells an edited day set beside the witness's apart from one never set beside it", () => {
    // The second article's day is in its lead statement, grouped with the first's.
    expect(stageOf(caseOf("date", "Tuesday", "Thursday"))).toBe("aligned, no conflict");
    // Last winter's flooded cellars and the fire's 12 boats share no claim group or story event.
    const cellars = { ...caseOf("figure", "80", "160"), start: second.body.indexOf("80") };
    const swapped = [editedArticle(second, cellars), first];
    const extractions = swapped.map(extractArticle);
    expect(
      missStage({
        c: { ...cellars, articleIndex: 0, witnesses: [1], before: "12" },
        found: false,
        articles: swapped,
        extractions,
        comparison: compareExtractions(swapped, extractions),
      }),
    ).toBe("not aligned");
  });

  it("finds an age read, though the aligner reads it into its statements, not the extraction", () => {
    const climb = article("Invented Wire", "A 72-year-old climber died on Mount Ostra on Sunday.");
    const other = article(
      "Invented Ledger",
      "Rescuers said a 72-year-old climber died on Mount Ostra.",
    );
    const c: PerturbCase = {
      ...caseOf("figure", "72", "144"),
      start: climb.body.indexOf("72"),
    };
    const articles = [editedArticle(climb, c), other];
    const extractions = articles.map(extractArticle);
    // No extracted figure holds the age; the comparison's figure rows do.
    expect(extractions[0]?.figures).toEqual([]);
    const stage = missStage({
      c,
      found: false,
      articles,
      extractions,
      comparison: compareExtractions(articles, extractions),
    });
    expect(stage).toBe("aligned, no conflict");
  });

  it("gives no stage to a kind extraction does not read as a value", () => {
    expect(stageOf({ ...caseOf("figure", "12", "24"), kind: "negation" })).toBeNull();
  });
});
