import type { Split } from "./datasets/polnear.ts";

/** Reports how far a long run has got (a progress bar on standard error). */
export type Progress = {
  start(total: number, stage: string): void;
  update(done: number, stage: string): void;
  stop(message: string): void;
};

export type SuiteContext = {
  /** The datasets folder (holding polnear/, ecbplus/). */
  dataDir: string;
  split: Split;
  /** At most this many articles (polnear) or topics (ecbplus); null for all. */
  limit: number | null;
  /** polnear, perturb or ecbplus, on train only: write the misses to this file (JSON lines). */
  misses: string | null;
  /** perturb, on train only: at most this many cases per kind and form per story (null: 3). */
  casesPerForm: number | null;
  progress: Progress;
};

export type SuiteReport = {
  /** The tables and lines printed on standard output. */
  text: string;
  /** The same figures for --json. */
  figures: unknown;
};

/** One evaluation: a file in suites/, listed in suites/registry.ts. */
export type Suite = {
  name: string;
  summary: string;
  /** Whether --split and --data mean anything to it (the corpus suite reads its own gold). */
  usesDatasets: boolean;
  run(context: SuiteContext): SuiteReport;
};
