import { isAbsolute, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Split } from "./datasets/polnear.ts";
import { SUITES } from "./suites/registry.ts";

export const USAGE = `Usage: pnpm eval <suite> [--data PATH] [--split dev|train] [--limit N] [--json FILE]

Suites:
${SUITES.map((s) => `  ${s.name.padEnd(9)} ${s.summary}`).join("\n")}

Options:
  --data PATH     The datasets folder (default: ../shared/datasets beside the repository).
  --split NAME    dev (default) or train.
  --limit N       Only the first N articles (polnear) or topics (ecbplus).
  --json FILE     Also write the figures as JSON to FILE.
  --misses FILE   train split only. polnear: write each direct quote whose speaker is wrong or
                  unknown to FILE (JSON lines, with its paragraph); the counts by class are
                  printed on every split.
                  perturb: write each missed or incomplete case with its statements and groups.
                  ecbplus: write each wrong conflict of the mixed stories with its sentences,
                  and beside it (FILE.events.jsonl) each story event joining two happenings
                  and each gold event chain split, with their sentences.
  --cases-per-form N
                  perturb, train split only: at most N perturbed stories per kind and form per
                  story instead of 3, for many more train cases (dev keeps 3, so its figure stays
                  comparable).
  --no-progress   Never show the progress bar (it shows on a terminal or for long runs).
  -h, --help      Show this help.`;

/** Suites that can list their misses' texts (on train only). */
const MISS_SUITES = ["polnear", "perturb", "ecbplus"];

/** A mistake on the command line: exit code 2 and the usage. */
export class UsageError extends Error {}

export type EvalOptions = {
  suite: string;
  dataDir: string;
  split: Split;
  limit: number | null;
  json: string | null;
  /** polnear, perturb or ecbplus on train: where to write the misses (JSON lines). */
  misses: string | null;
  /** perturb on train: the cases per kind and form per story (null: the suite's default). */
  casesPerForm: number | null;
  progress: boolean;
};

/**
 * Reads the arguments. Relative paths are taken from the directory the user ran `pnpm eval` in
 * (pnpm's INIT_CWD), not the package folder pnpm runs the script from.
 */
export function parseEvalOptions(
  args: readonly string[],
  repoRoot: string,
  userDir: string,
): EvalOptions | "help" {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return "help";
  const [suite, ...extra] = positionals;
  if (suite === undefined) throw new UsageError("name a suite");
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  if (!SUITES.some((s) => s.name === suite)) throw new UsageError(`unknown suite "${suite}"`);
  const split = values.split ?? "dev";
  if (split !== "dev" && split !== "train")
    throw new UsageError(
      `--split must be dev or train, not "${split}" (the test split is withheld)`,
    );
  let limit: number | null = null;
  if (values.limit !== undefined) {
    if (!/^[1-9]\d*$/.test(values.limit))
      throw new UsageError(`--limit must be a positive whole number, not "${values.limit}"`);
    limit = Number(values.limit);
  }
  if (values.misses !== undefined && (!MISS_SUITES.includes(suite) || split !== "train"))
    throw new UsageError(
      "--misses lists the texts of misses: only with polnear, perturb or ecbplus and --split train (dev texts stay unread)",
    );
  let casesPerForm: number | null = null;
  if (values["cases-per-form"] !== undefined) {
    if (suite !== "perturb" || split !== "train")
      throw new UsageError(
        "--cases-per-form widens the perturbed cases: only with perturb and --split train (dev keeps its default, so its figure stays comparable)",
      );
    if (!/^[1-9]\d*$/.test(values["cases-per-form"]))
      throw new UsageError(
        `--cases-per-form must be a positive whole number, not "${values["cases-per-form"]}"`,
      );
    casesPerForm = Number(values["cases-per-form"]);
  }
  const fromUser = (path: string) => (isAbsolute(path) ? path : resolve(userDir, path));
  return {
    suite,
    dataDir: values.data ? fromUser(values.data) : resolve(repoRoot, "..", "shared", "datasets"),
    split,
    limit,
    json: values.json ? fromUser(values.json) : null,
    misses: values.misses ? fromUser(values.misses) : null,
    casesPerForm,
    progress: !values["no-progress"],
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: "string" },
      split: { type: "string" },
      limit: { type: "string" },
      json: { type: "string" },
      misses: { type: "string" },
      "cases-per-form": { type: "string" },
      "no-progress": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
}
