import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { barProgress } from "./progress.ts";
import { runEval } from "./run-eval.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
process.exitCode = runEval(
  process.argv.slice(2),
  // Relative paths are the user's: the root script passes the directory `pnpm eval` was run in
  // (pnpm's INIT_CWD there; the nested pnpm would reset INIT_CWD to the repository root).
  { repoRoot, userDir: process.env.PARALLAX_EVAL_CWD || process.env.INIT_CWD || process.cwd() },
  {
    stdout: process.stdout,
    stderr: process.stderr,
    makeProgress: (enabled) => barProgress(process.stderr, enabled),
  },
);
