import { compareStory } from "@parallax/aligner";
import {
  type AlignmentScore,
  corpusArticles,
  heldOutArticles,
  heldOutGold,
  scoreAlignment,
} from "@parallax/aligner/alignment-gold";
import { dec } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { Suite, SuiteContext, SuiteReport } from "../suite.ts";

/**
 * The corpus gold, unchanged: the five-article demo story against its hand-written gold alignment
 * and the three-article held-out check, scored by the aligner's own gold scorer.
 */
export const corpusSuite: Suite = {
  name: "corpus",
  summary: "the five-article corpus and the held-out check against their hand-written gold",
  usesDatasets: false,
  run(context: SuiteContext): SuiteReport {
    context.progress.start(2, "comparing");
    const corpus = corpusArticles();
    const corpusScore = scoreAlignment(corpus, compareStory(corpus.map((a) => a.article)));
    context.progress.update(1, "comparing");
    const heldOut = heldOutArticles();
    const heldOutScore = scoreAlignment(
      heldOut,
      compareStory(heldOut.map((a) => a.article)),
      heldOutGold(),
    );
    context.progress.stop("compared 2 stories");
    return {
      text: render([
        ["corpus (5 articles; the weights were tuned on it)", corpusScore],
        ["held-out (3 invented articles; gold written before the first run)", heldOutScore],
      ]),
      figures: { corpus: corpusScore, heldOut: heldOutScore },
    };
  },
};

function render(sets: [string, AlignmentScore][]): string {
  const table = renderTable(
    [
      "gold",
      "P",
      "R",
      "F1",
      "system pairs right",
      "sure pairs found",
      "conflicts missing",
      "false conflicts",
    ],
    sets.map(([label, s]) => [
      label,
      dec(s.precision),
      dec(s.recall),
      dec(s.f1),
      `${s.correctSystemPairs}/${s.systemPairs}`,
      `${s.foundGoldPairs}/${s.goldPairs}`,
      String(s.missingConflicts.length),
      String(s.falseConflicts),
    ]),
  );
  const details = sets.flatMap(([label, s]) => [
    "",
    `== ${label}`,
    "Conflicts found:",
    ...(s.conflicts.length === 0
      ? ["  none"]
      : s.conflicts.map((c) => `  [${c.verdict}] ${c.kind} — ${c.subject}: ${c.values}`)),
    ...list("Expected conflicts missing", s.missingConflicts),
    ...list("Missed sure pairs", s.missed),
    ...list("Wrong system pairs", s.wrong),
    ...list("Pairs that should stay apart but were grouped", s.apartViolations),
    ...list("Statements that should stand alone but were grouped", s.uniqueViolations),
    ...list("Entity problems", s.entityProblems),
  ]);
  return [
    "Alignment against the hand-written gold: pairs of statements from different articles (precision against sure or",
    "possible gold pairs, recall against sure ones).",
    table,
    ...details,
  ].join("\n");
}

function list(title: string, items: readonly string[]): string[] {
  return [`${title}: ${items.length === 0 ? "none" : ""}`, ...items.map((item) => `  ${item}`)];
}
