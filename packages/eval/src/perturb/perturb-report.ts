import { dec, pct } from "../report/format.ts";
import { renderTable } from "../report/table.ts";
import type { PerturbMiss } from "./case-miss.ts";
import { ATTRIBUTION_STAGES } from "./case-stage.ts";
import { MISS_STAGES } from "./miss-stage.ts";
import { PERTURB_KINDS } from "./perturb-case.ts";
import type { CaseResult } from "./run-case.ts";

/**
 * The perturbation figures and tables, shared by the suite (suites/perturb.ts, ECB+ and the corpus)
 * and the perturbation of PolNeAR pseudo-stories (scripts/polnear-story-perturb.ts).
 */
export type KindFigures = { cases: number; found: number; complete: number; recall: number | null };

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

/**
 * The recall table by kind (with a recall column per story source listed in `sources`) and by
 * kind and form.
 */
export function renderRecallTables(
  f: PerturbFigures,
  sources: readonly (readonly [string, string])[],
): string {
  const kindRows = PERTURB_KINDS.map((kind) => {
    const k = f.byKind[kind] as PerturbFigures["byKind"][string];
    return [
      kind,
      ...cells(k),
      ...sources.map(([, source]) => dec(k.bySource[source]?.recall ?? null)),
    ];
  });
  const formRows = Object.entries(f.byForm).map(([form, k]) => [form, ...cells(k)]);
  return [
    renderTable(
      ["kind", "cases", "found", "recall", "complete", ...sources.map(([label]) => label)],
      kindRows,
    ),
    "",
    renderTable(["kind / form", "cases", "found", "recall", "complete"], formRows),
  ].join("\n");
}

/** The stability line: stories where another conflict appears, and where one vanishes. */
export function stabilityLine(f: PerturbFigures): string {
  const unstableShare = f.total === 0 ? null : f.unstable / f.total;
  return `stability: another conflict appears in ${f.unstable}/${f.total} perturbed stories (${pct(unstableShare)}); one vanishes in ${f.vanished}`;
}

function cells(f: KindFigures): string[] {
  return [
    String(f.cases),
    String(f.found),
    dec(f.recall),
    f.cases === 0 ? "n/a" : dec(f.complete / f.cases),
  ];
}

/** Value cases missed or incomplete, by kind and the stage that lost them (miss-stage.ts). */
export function renderStages(misses: readonly PerturbMiss[]): string {
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
export function renderAttributionStages(misses: readonly PerturbMiss[]): string {
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
  return `Aligned, no conflict (and speakers not aligned): first refusing guard (${cases} cases; a case refused by several guards counts under each):\n${
    rows.length === 0 ? "none" : renderTable(["kind / form", "guard", "cases"], rows)
  }`;
}
