import { writeFileSync } from "node:fs";
import { ALIGNER_VERSION } from "@parallax/aligner";
import { DatasetError } from "./datasets/dataset-error.ts";
import { parseEvalOptions, USAGE, UsageError } from "./options.ts";
import type { Progress } from "./suite.ts";
import { findSuite } from "./suites/registry.ts";

export type EvalIo = {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  makeProgress(enabled: boolean): Progress;
};

/** Runs `pnpm eval …` and returns the exit code; problems are printed as one line, never a stack. */
export function runEval(
  args: readonly string[],
  dirs: { repoRoot: string; userDir: string },
  io: EvalIo,
): number {
  try {
    const options = parseEvalOptions(args, dirs.repoRoot, dirs.userDir);
    if (options === "help") {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    const suite = findSuite(options.suite);
    if (!suite) throw new UsageError(`unknown suite "${options.suite}"`);
    const started = performance.now();
    const report = suite.run({
      dataDir: options.dataDir,
      split: options.split,
      limit: options.limit,
      misses: options.misses,
      casesPerForm: options.casesPerForm,
      progress: io.makeProgress(options.progress),
    });
    const seconds = (performance.now() - started) / 1000;
    const scope = suite.usesDatasets
      ? ` on ${options.split}${options.limit === null ? "" : ` (first ${options.limit})`}`
      : "";
    io.stdout.write(
      `== ${suite.name}${scope} — aligner ${ALIGNER_VERSION}\n\n${report.text}\n\nelapsed ${seconds.toFixed(1)} s\n`,
    );
    if (options.json) {
      const json = {
        suite: suite.name,
        split: suite.usesDatasets ? options.split : null,
        limit: options.limit,
        alignerVersion: ALIGNER_VERSION,
        elapsedSeconds: Number(seconds.toFixed(2)),
        figures: report.figures,
      };
      try {
        writeFileSync(options.json, `${JSON.stringify(json, null, 2)}\n`);
      } catch (error) {
        io.stderr.write(`eval: cannot write ${options.json}: ${(error as Error).message}\n`);
        return 1;
      }
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`eval: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    if (error instanceof DatasetError) {
      io.stderr.write(`eval: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
