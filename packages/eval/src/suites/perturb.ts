import { writeFileSync } from "node:fs";
import { ecbplusFile, readEcbplus } from "../datasets/ecbplus.ts";
import type { PerturbMiss } from "../perturb/case-miss.ts";
import { ATTRIBUTION_STAGES } from "../perturb/case-stage.ts";
import { MISS_STAGES } from "../perturb/miss-stage.ts";
import { MAX_CASES_PER_FORM, PERTURB_KINDS, type PerturbStory } from "../perturb/perturb-case.ts";
import { corpusStory, ecbplusStory } from "../perturb/perturb-stories.ts";
import { type CaseResult, makeCases, readStory, runCase } from "../perturb/run-case.ts";
import { dec, pct, targetLine } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { Suite, SuiteContext, SuiteReport } from "../suite.ts";

/** Target of issue 12: each kind found in at least this share of perturbed stories. */
const RECALL_TARGET = 0.9;
/** …and another conflict appears in at most this share of them. */
const UNSTABLE_TARGET = 0.05;

/**
 * Counterfactual stories: in one article of a real story (an ECB+ sub-topic, the demo corpus),
 * one value that another article also states is changed — a figure, a date, a time of day, the
 * person a quote is credited to, a person's title — or a reported statement is negated. The story
 * must then show exactly that disagreement, naming both values and every article stating the old
 * one, and nothing else may change.
 */
export const perturbSuite: Suite = {
  name: "perturb",
  summary:
    "counterfactual stories: recall of injected figure/date/time/speaker/title/negation conflicts",
  usesDatasets: true,
  run(context: SuiteContext): SuiteReport {
    const file = ecbplusFile(context.dataDir, context.split);
    const subtopics = readEcbplus(file);
    const topics = [...new Set(subtopics.map((s) => s.topic))];
    const kept = context.limit === null ? topics : topics.slice(0, context.limit);
    const stories: (() => PerturbStory)[] = [
      ...subtopics.filter((s) => kept.includes(s.topic)).map((s) => () => ecbplusStory(s)),
      corpusStory,
    ];
    const started = performance.now();
    const results: CaseResult[] = [];
    context.progress.start(stories.length, "perturbing");
    stories.forEach((load, index) => {
      context.progress.update(index, "perturbing");
      const read = readStory(load());
      for (const c of makeCases(read, context.casesPerForm ?? MAX_CASES_PER_FORM))
        results.push(runCase(read, c, true));
    });
    const seconds = (performance.now() - started) / 1000;
    context.progress.stop(`perturbed ${stories.length} stories`);
    const figures = summarize(results);
    let text = render(figures, results, file, seconds);
    if (context.casesPerForm !== null)
      text = `At most ${context.casesPerForm} cases per kind and form per story (--cases-per-form; default ${MAX_CASES_PER_FORM}).\n${text}`;
    // The stage tables are counts only, printed on every split; the misses' texts are written on
    // train alone (--misses), so dev texts stay unread.
    const misses = results.flatMap((r) => (r.miss ? [r.miss] : []));
    if (context.misses !== null) {
      writeFileSync(context.misses, misses.map((m) => `${JSON.stringify(m)}\n`).join(""));
      text += `\n\n${misses.length} cases missed or incomplete, each with its statements and groups, in ${context.misses}`;
    }
    text += `\n\n${renderStages(misses)}`;
    text += `\n\n${renderAttributionStages(misses)}`;
    text += `\n\n${renderRefusingGuards(misses)}`;
    return {
      text,
      figures: { ...figures, seconds, cases: results.map(({ miss: _, ...r }) => r) },
    };
  },
};

type KindFigures = { cases: number; found: number; complete: number; recall: number | null };

function count(list: readonly CaseResult[]): KindFigures {
  const found = list.filter((r) => r.found).length;
  return {
    cases: list.length,
    found,
    complete: list.filter((r) => r.complete).length,
    recall: list.length === 0 ? null : found / list.length,
  };
}

export type PerturbFigures = {
  byKind: Record<string, KindFigures & { bySource: Record<string, KindFigures> }>;
  byForm: Record<string, KindFigures>;
  unstable: number;
  vanished: number;
  total: number;
};

export function summarize(results: readonly CaseResult[]): PerturbFigures {
  const byKind: PerturbFigures["byKind"] = {};
  for (const kind of PERTURB_KINDS) {
    const list = results.filter((r) => r.kind === kind);
    byKind[kind] = {
      ...count(list),
      bySource: {
        ecbplus: count(list.filter((r) => r.source === "ecbplus")),
        corpus: count(list.filter((r) => r.source === "corpus")),
      },
    };
  }
  const byForm: Record<string, KindFigures> = {};
  for (const key of new Set(results.map((r) => `${r.kind} / ${r.form}`)))
    byForm[key] = count(results.filter((r) => `${r.kind} / ${r.form}` === key));
  return {
    byKind,
    byForm,
    unstable: results.filter((r) => r.appeared.length > 0).length,
    vanished: results.filter((r) => r.vanished.length > 0).length,
    total: results.length,
  };
}

function cells(f: KindFigures): string[] {
  return [
    String(f.cases),
    String(f.found),
    dec(f.recall),
    f.cases === 0 ? "n/a" : dec(f.complete / f.cases),
  ];
}

function render(
  f: PerturbFigures,
  results: readonly CaseResult[],
  file: string,
  seconds: number,
): string {
  const kindRows = PERTURB_KINDS.map((kind) => {
    const k = f.byKind[kind] as PerturbFigures["byKind"][string];
    return [
      kind,
      ...cells(k),
      dec(k.bySource.ecbplus?.recall ?? null),
      dec(k.bySource.corpus?.recall ?? null),
    ];
  });
  const formRows = Object.entries(f.byForm).map(([form, k]) => [form, ...cells(k)]);
  const unstableShare = f.total === 0 ? null : f.unstable / f.total;
  const misses = results
    .filter((r) => !r.found)
    .slice(0, 12)
    .map(
      (r) =>
        `  ${r.story} ${r.kind}/${r.form}: "${r.before}" → "${r.after}" (article ${r.articleIndex})`,
    );
  const appeared = results
    .filter((r) => r.appeared.length > 0)
    .slice(0, 8)
    .map(
      (r) => `  ${r.story} after ${r.kind} "${r.before}" → "${r.after}": ${r.appeared.join(" ; ")}`,
    );
  return [
    `Perturbation — ECB+ ${file} (each sub-topic a story) and the demo corpus`,
    `${f.total} perturbed stories. found: a conflict of the kind names the new value and an article stating the old one; complete: it names every article stating the old one.`,
    "",
    renderTable(
      ["kind", "cases", "found", "recall", "complete", "recall ECB+", "recall corpus"],
      kindRows,
    ),
    "",
    renderTable(["kind / form", "cases", "found", "recall", "complete"], formRows),
    "",
    `stability: another conflict appears in ${f.unstable}/${f.total} perturbed stories (${pct(unstableShare)}); one vanishes in ${f.vanished}`,
    "",
    "Targets (issue 12)",
    ...PERTURB_KINDS.map(
      (kind) => `  ${targetLine(`${kind} recall`, f.byKind[kind]?.recall ?? null, RECALL_TARGET)}`,
    ),
    `  ${targetLine("stories with a new other conflict", unstableShare, UNSTABLE_TARGET, true)}`,
    "",
    `First misses:${misses.length === 0 ? " none" : ""}`,
    ...misses,
    `Other conflicts that appeared:${appeared.length === 0 ? " none" : ""}`,
    ...appeared,
    "",
    `time ${seconds.toFixed(1)} s`,
  ].join("\n");
}

/** Value cases missed or incomplete, by kind and the stage that lost them (miss-stage.ts). */
function renderStages(misses: readonly PerturbMiss[]): string {
  const kinds = ["figure", "date", "time"].filter((k) => misses.some((m) => m.kind === k));
  const rows = kinds.map((kind) => [
    kind,
    ...MISS_STAGES.map((stage) =>
      String(misses.filter((m) => m.kind === kind && m.stage === stage).length),
    ),
  ]);
  return `Value cases missed or incomplete, by the stage that lost them:\n${renderTable(["kind", ...MISS_STAGES], rows)}`;
}

/**
 * Speaker, title and negation cases missed or incomplete, by the stage that lost them (each
 * kind's own stages: speaker-stage.ts, title-stage.ts, negation-stage.ts), every stage listed.
 */
function renderAttributionStages(misses: readonly PerturbMiss[]): string {
  const rows = Object.entries(ATTRIBUTION_STAGES).flatMap(([kind, stages]) =>
    stages.map((stage) => [
      kind,
      stage,
      String(misses.filter((m) => m.kind === kind && m.stage === stage).length),
    ]),
  );
  return `Speaker, title and negation cases missed or incomplete, by the stage that lost them:\n${renderTable(["kind", "stage", "cases"], rows)}`;
}

/**
 * Cases lost at `aligned, no conflict` (value kinds, speaker, negation), by kind and form and the
 * guard that refused an (edited × witness) pair (refusing-guards.ts): a case refused by several
 * guards counts once under each. Counts and guard names only, printed on every split.
 */
export function renderRefusingGuards(misses: readonly PerturbMiss[]): string {
  const counts = new Map<string, number>();
  for (const m of misses)
    for (const guard of m.refusedBy ?? []) {
      const key = `${m.kind} / ${m.form}\u0000${guard}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  const rows = [...counts]
    .map(([key, n]) => [...key.split("\u0000"), String(n)] as [string, string, string])
    .sort(
      (x, y) => x[0].localeCompare(y[0]) || Number(y[2]) - Number(x[2]) || x[1].localeCompare(y[1]),
    );
  const cases = misses.filter((m) => m.refusedBy !== null).length;
  return `Aligned, no conflict: first refusing guard (${cases} cases; a case refused by several guards counts under each):\n${
    rows.length === 0 ? "none" : renderTable(["kind / form", "guard", "cases"], rows)
  }`;
}
