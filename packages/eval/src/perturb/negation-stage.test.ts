import { compareExtractions, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { negationStage } from "./negation-stage.ts";
import { editedArticle, type PerturbCase } from "./perturb-case.ts";

// Invented reports of one strike at a harbour, written for this test.
const article = (outlet: string, ...paragraphs: string[]) =>
  parseArticle({ outlet, text: paragraphs.join("\n\n") });
const first = article(
  "Invented Wire",
  "Dock workers in Port Selby walked out on Monday over unpaid overtime.",
  "Union leader Ivo Marsh said the talks with the harbour board had made progress on Sunday.",
);
const witnessOf = (line: string) =>
  article("Invented Ledger", "Dock workers in Port Selby went on strike on Monday.", line);
const second = witnessOf(
  "Union leader Ivo Marsh said talks with the harbour board had made progress on Sunday.",
);

/** " not" put after "had" in the first article, witnessed by the second. */
function negated(at = "had made"): PerturbCase {
  return {
    story: "invented",
    source: "corpus",
    kind: "negation",
    form: "reported statement",
    articleIndex: 0,
    start: first.body.indexOf(at) + at.indexOf(" "),
    before: "",
    after: " not",
    witnesses: [1],
    expect: ["negation"],
  };
}

function stageOf(c: PerturbCase, witness = second, found = false) {
  const articles = [editedArticle(first, c), witness];
  const extractions = articles.map(extractArticle);
  return negationStage({
    c,
    found,
    articles,
    extractions,
    comparison: compareExtractions(articles, extractions),
  });
}

describe("negationStage", () => {
  it("names a found case's loss the row's", () => {
    expect(stageOf(negated(), second, true)).toBe("row incomplete");
  });

  it("finds the witness statement unread when no witness claim holds the verb unnegated", () => {
    // The witness tells the talks as stalled: no claim of its holds "made".
    const stalled = witnessOf(
      "Union leader Ivo Marsh said the talks with the harbour board stalled.",
    );
    expect(stageOf(negated(), stalled)).toBe("witness statement not read");
    // …nor does one holding it negated.
    const denied = witnessOf(
      "Union leader Ivo Marsh said the talks with the harbour board had never made progress.",
    );
    expect(stageOf(negated(), denied)).toBe("witness statement not read");
  });

  it("finds a statement set beside the witness's whose negation no conflict names", () => {
    // The witness's talks made progress in another town and year: the statements are grouped,
    // yet the conflict pass reports no negation between them.
    const elsewhere = witnessOf(
      "Talks with the harbour board had made progress in Dunmore in 1998, the union leader said.",
    );
    expect(stageOf(negated(), elsewhere)).toBe("aligned, no conflict");
  });

  it("gives no stage to another kind", () => {
    expect(stageOf({ ...negated(), kind: "speaker" })).toBeNull();
  });
});
