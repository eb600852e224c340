import { type ConflictRefusal, compareExtractions, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { describeMiss } from "./case-miss.ts";
import { editedArticle, type PerturbCase } from "./perturb-case.ts";
import { renderRefusingGuards } from "./perturb-report.ts";
import { NO_PAIR_CHECKED, refusingGuards } from "./refusing-guards.ts";
import type { Sides } from "./side-by-side.ts";

// Invented reports of one ferry accident, written for this test.
const article = (outlet: string, ...paragraphs: string[]) =>
  parseArticle({ outlet, text: paragraphs.join("\n\n") });
const first = article(
  "Invented Wire",
  "The ferry Coral Dawn, due in port on Saturday, sank off the northern cape on Saturday, the coast guard said.",
  "Divers from Port Selby searched the wreck for a second day.",
);
const second = article(
  "Invented Ledger",
  "The coast guard said the ferry Coral Dawn sank off the northern cape on Saturday.",
  "A storm in the bay flooded 80 cellars along the quay last winter.",
);

/** The case changing the nth `before` in the first article, witnessed by the second. */
function caseOf(before: string, after: string, nth = 0): PerturbCase {
  let start = -1;
  for (let k = 0; k <= nth; k += 1) start = first.body.indexOf(before, start + 1);
  return {
    story: "invented",
    source: "corpus",
    kind: "date",
    form: "weekday",
    articleIndex: 0,
    start,
    before,
    after,
    witnesses: [1],
    expect: ["date"],
  };
}

function missOf(c: PerturbCase) {
  const articles = [editedArticle(first, c), second];
  const extractions = articles.map(extractArticle);
  const refusals: ConflictRefusal[] = [];
  const comparison = compareExtractions(articles, extractions, {
    onRefusal: (r) => refusals.push(r),
  });
  return { miss: describeMiss(c, false, articles, comparison, extractions, refusals), refusals };
}

describe("refusing guards of a case aligned, no conflict", () => {
  it("names the guard that refused the edited statement against the witness's", () => {
    // The edited statement still names the witness's day ("due in port on Saturday"): the check
    // of the happening's days reads two moments of the story, not another day, and the group's
    // check never reads a statement giving two days.
    const c = caseOf("Saturday", "Monday", 1);
    const { miss, refusals } = missOf(c);
    expect(miss.stage).toBe("aligned, no conflict");
    expect(miss.refusedBy).toEqual(["date:event.namesTheOtherDay", "date:oneDayEach"]);
    // Without what the checks told, no pair was checked, though one group holds both statements.
    const articles = [editedArticle(first, c), second];
    const extractions = articles.map(extractArticle);
    const comparison = compareExtractions(articles, extractions);
    expect(describeMiss(c, false, articles, comparison, extractions).refusedBy).toEqual([
      "no pair checked, one group",
    ]);
    // A refusal of the pair by another check says nothing of a date case.
    const other = refusals.map((r) => ({ ...r, check: "figure" as const }));
    expect(describeMiss(c, false, articles, comparison, extractions, other).refusedBy).toEqual([
      "no pair checked, one group",
    ]);
  });

  it("prints each kind and form by guard, a guard counted once per case, names and counts only", () => {
    const { miss } = missOf(caseOf("Saturday", "Monday", 1));
    const twice = { ...miss, refusedBy: ["date:event.namesTheOtherDay", "date:sameSubject"] };
    const other = { ...miss, stage: "not aligned" as const, refusedBy: null };
    const table = renderRefusingGuards([miss, twice, other]);
    expect(table).toMatch(/\(2 cases;/);
    expect(table).toMatch(/date \/ weekday +date:event\.namesTheOtherDay +2\n/);
    expect(table).toMatch(/date \/ weekday +date:sameSubject +1$/);
    expect(table).not.toContain("Coral Dawn");
  });

  it("reads past a pair told only for diagnostics: no guard of the check decided it", () => {
    // An invented pair of statements: the edited one in article "x", the witness's in "y".
    const edited = { articleId: "x", span: { articleId: "x", start: 0, end: 40 } };
    const witness = { articleId: "y", span: { articleId: "y", start: 0, end: 50 } };
    const sides: Sides = {
      isEdited: (s) => s.articleId === "x",
      isWitness: (s) => s.articleId === "y",
    };
    const unmet = {
      check: "date" as const,
      guard: "date:event.anotherVerb",
      a: edited,
      b: witness,
      unmet: true as const,
    };
    expect(refusingGuards("date", [sides], [unmet], false)).toEqual([NO_PAIR_CHECKED.event]);
    expect(refusingGuards("date", [sides], [unmet], true)).toEqual([NO_PAIR_CHECKED.group]);
    // A guard that refused the pair in another check of the kind is still named, alone.
    const refused = { check: "date" as const, guard: "date:oneDayEach", a: witness, b: edited };
    expect(refusingGuards("date", [sides], [unmet, refused], true)).toEqual(["date:oneDayEach"]);
  });
});
