/**
 * The perturbation suite (`pnpm eval perturb`) on real political news: PolNeAR TRAIN pseudo-stories
 * (the conflict audit's, src/polnear/pseudo-stories.ts) are perturbed as ECB+ sub-topics are — one
 * figure, date, time, speaker or title changed, or a statement negated, in one article — and the
 * comparison must report exactly that disagreement. ECB+ train has too few cases to design on; here
 * there are many, by half: a story's half is its seed article's (char-code sum of the id even:
 * build), so rules can be designed on BUILD and counted on CHECK. PolNeAR has no gold for "one
 * fact", so two places tell one fact when their sentences share enough content words
 * (src/perturb/polnear-story.ts): noisier than ECB+'s event chains. A case (an edit of one article
 * at one place) runs once, in the first story holding it. Train only.
 *
 *   pnpm --filter @parallax/eval exec tsx scripts/polnear-story-perturb.ts [--data DIR]
 *     [--half all|build|check] [--min 0.08] [--days 10] [--size 6] [--dated]
 *     [--cases-per-form 3] [--misses FILE] [--strict-fact]
 *
 * --strict-fact tells one fact more strictly (a larger share of content words and a shared name,
 * src/perturb/polnear-story.ts tellOneFactStrictly): fewer cases, fewer of them two different facts.
 *
 * --misses writes every case missed or incomplete as a JSON line, in the suite's format (the story
 * is named by its seed article, so its half can be told); read only BUILD ones.
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extractArticle } from "@parallax/aligner";
import type { Article, Extraction } from "@parallax/core";
import { MAX_CASES_PER_FORM } from "../src/perturb/perturb-case.ts";
import {
  renderAttributionStages,
  renderRecallTables,
  renderRefusingGuards,
  renderStages,
  stabilityLine,
  summarize,
} from "../src/perturb/perturb-report.ts";
import { polnearStory } from "../src/perturb/polnear-story.ts";
import { type CaseResult, makeCases, readStory, runCase } from "../src/perturb/run-case.ts";
import {
  articleHalf,
  ingestPolnear,
  PSEUDO_STORY_ARGS,
  trainPseudoStories,
} from "../src/polnear/pseudo-stories.ts";

const { values: opts } = parseArgs({
  options: {
    ...PSEUDO_STORY_ARGS,
    "cases-per-form": { type: "string", default: String(MAX_CASES_PER_FORM) },
    misses: { type: "string" },
    "strict-fact": { type: "boolean", default: false },
  },
});
if (!["all", "build", "check"].includes(opts.half)) throw new Error("--half all|build|check");
const casesPerForm = Number(opts["cases-per-form"]);

const { articles, stories } = trainPseudoStories(opts.data, opts);

// Each article is ingested and extracted once, whatever the stories holding it.
const ingested = new Map<number, Article>();
const extracted = new Map<number, Extraction>();
function articleAt(m: number): Article {
  let a = ingested.get(m);
  if (!a) {
    a = ingestPolnear(articles[m] as (typeof articles)[number], opts.dated);
    ingested.set(m, a);
  }
  return a;
}
function extractionAt(m: number): Extraction {
  let x = extracted.get(m);
  if (!x) {
    x = extractArticle(articleAt(m));
    extracted.set(m, x);
  }
  return x;
}

/** Perturbs every story of a half; a case already run in an earlier story is not run again. */
function perturbHalf(half: "build" | "check"): { results: CaseResult[]; stories: number } {
  const results: CaseResult[] = [];
  const done = new Set<string>();
  let count = 0;
  for (const members of stories) {
    const seed = articles[members[0] as number]?.id ?? "";
    if (articleHalf(seed) !== half) continue;
    count++;
    const story = polnearStory(
      seed,
      members.map((m) => articleAt(m)),
      opts["strict-fact"],
    );
    const read = readStory(
      story,
      members.map((m) => extractionAt(m)),
    );
    for (const c of makeCases(read, casesPerForm)) {
      const edited = articles[members[c.articleIndex] as number]?.id;
      const key = `${c.kind} ${edited}@${c.start} ${c.after}`;
      if (done.has(key)) continue;
      done.add(key);
      results.push(runCase(read, c, true));
    }
  }
  return { results, stories: count };
}

const halves =
  opts.half === "all" ? (["build", "check"] as const) : [opts.half as "build" | "check"];
const allMisses: string[] = [];
const out: string[] = [
  `Perturbation of PolNeAR train pseudo-stories (--min ${opts.min} --days ${opts.days} --size ${opts.size}${opts.dated ? " --dated" : ""}${opts["strict-fact"] ? " --strict-fact" : ""}; at most ${casesPerForm} cases per kind and form per story); ${stories.length} stories built`,
];
for (const half of halves) {
  const started = performance.now();
  const { results, stories: count } = perturbHalf(half);
  const seconds = (performance.now() - started) / 1000;
  const figures = summarize(results);
  const misses = results.flatMap((r) => (r.miss ? [r.miss] : []));
  allMisses.push(...misses.map((m) => `${JSON.stringify(m)}\n`));
  out.push(
    "",
    `== half ${half}: ${count} stories, ${figures.total} perturbed stories (distinct cases)`,
    "",
    renderRecallTables(figures, []),
    "",
    stabilityLine(figures),
    "",
    `${misses.length} cases missed or incomplete`,
    "",
    renderStages(misses),
    "",
    renderAttributionStages(misses),
    "",
    renderRefusingGuards(misses),
    "",
    `time ${half} ${seconds.toFixed(1)} s`,
  );
}
if (opts.misses) {
  writeFileSync(opts.misses, allMisses.join(""));
  out.push("", `${allMisses.length} missed or incomplete cases written to ${opts.misses}`);
}
console.log(out.join("\n"));
