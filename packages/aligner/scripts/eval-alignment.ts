/**
 * `pnpm eval`: compares the corpus and scores the result against the hand-written gold alignment
 * (test/fixtures/alignment-gold). Prints pairwise precision, recall and F1, the conflicts found, and
 * every miss, so a change to the aligner can be judged by its figures.
 */
import { compareStory } from "../src/compare-story.ts";
import { corpusArticles } from "../test/fixtures/alignment-gold/corpus-articles.ts";
import { heldOutArticles, heldOutGold } from "../test/fixtures/alignment-gold/held-out-articles.ts";
import {
  type AlignmentScore,
  scoreAlignment,
} from "../test/fixtures/alignment-gold/score-alignment.ts";

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;
const list = (title: string, items: string[]) => {
  console.log(`${title}: ${items.length === 0 ? "none" : ""}`);
  for (const item of items) console.log(`  ${item}`);
};

const articles = corpusArticles();
const score = scoreAlignment(articles, compareStory(articles.map((a) => a.article)));
console.log("== Corpus (5 articles; the development set the weights were tuned on)");
report(score);

const heldOut = heldOutArticles();
console.log("");
console.log("== Held-out check (3 invented articles, gold written before the first run)");
report(scoreAlignment(heldOut, compareStory(heldOut.map((a) => a.article)), heldOutGold()));

function report(score: AlignmentScore): void {
  console.log("Alignment against the gold (pairs of statements from different articles)");
  console.log(
    `  precision ${pct(score.precision)}  (${score.correctSystemPairs}/${score.systemPairs} system pairs are sure or possible gold pairs)`,
  );
  console.log(
    `  recall    ${pct(score.recall)}  (${score.foundGoldPairs}/${score.goldPairs} sure gold pairs found)`,
  );
  console.log(`  F1        ${pct(score.f1)}`);
  console.log("");
  console.log("Conflicts found:");
  for (const c of score.conflicts)
    console.log(`  [${c.verdict}] ${c.kind} — ${c.subject}: ${c.values}`);
  if (score.conflicts.length === 0) console.log("  none");
  console.log(`Expected conflicts missing: ${score.missingConflicts.length === 0 ? "none" : ""}`);
  for (const m of score.missingConflicts) console.log(`  ${m}`);
  console.log(`False conflicts: ${score.falseConflicts}`);
  console.log("");
  list("Missed sure pairs", score.missed);
  list("Wrong system pairs", score.wrong);
  list("Pairs that should stay apart but were grouped", score.apartViolations);
  list("Statements that should stand alone but were grouped", score.uniqueViolations);
  list("Entity problems", score.entityProblems);
}
