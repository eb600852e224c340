import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { barProgress } from "./progress.ts";
import { runEval } from "./run-eval.ts";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
process.exitCode = runEval(
  process.argv.slice(2),
  { repoRoot, userDir: process.env.INIT_CWD ?? process.cwd() },
  {
    stdout: process.stdout,
    stderr: process.stderr,
    makeProgress: (enabled) => barProgress(process.stderr, enabled),
  },
);
