import { CliError } from "./cli-error.ts";
import { outletNames, parseCommandArgs } from "./command-args.ts";

export type CompareOptions = {
  files: string[];
  outlets: string[];
  format: "markdown" | "json";
  out: string | null;
  progress: "auto" | "always" | "never";
};

export const COMPARE_USAGE = `Usage: parallax compare FILE... [--outlet NAME ...] [--json | --md] [--out FILE]

Compares how outlets report one story. Each FILE is an article saved as plain text or HTML.

Options:
  --outlet NAME   Outlet of the next file, in order (repeat once per file). Without it the outlet
                  comes from a manifest.json beside the files, else from the file name.
  --md            Print a readable Markdown report (the default).
  --json          Print the comparison as JSON (the Comparison schema of @parallax/core).
  --out FILE      Write the report to FILE instead of standard output.
  --progress      Always show a progress bar on standard error; --no-progress never shows it.
  -h, --help      Show this help.`;

/** Reads the arguments of `parallax compare`; throws CliError (exit code 2) on any misuse. */
export function parseCompareOptions(args: readonly string[]): CompareOptions | "help" {
  const { values, positionals } = parseCommandArgs(args, COMPARE_FLAGS, COMPARE_USAGE);
  if (values.help) return "help";
  if (values.json && values.md)
    throw new CliError("choose one output format: --json or --md, not both", 2);
  if (values.progress && values["no-progress"])
    throw new CliError("--progress and --no-progress contradict each other", 2);
  const outlets = outletNames(values.outlet, positionals.length);
  if (values.out !== undefined && values.out.trim() === "")
    throw new CliError("--out needs a file name", 2);
  if (positionals.length < 2) {
    throw new CliError(
      `compare needs at least two articles, got ${positionals.length}.\n\n${COMPARE_USAGE}`,
      2,
    );
  }
  return {
    files: positionals,
    outlets,
    format: values.json ? "json" : "markdown",
    out: values.out ?? null,
    progress: values.progress ? "always" : values["no-progress"] ? "never" : "auto",
  };
}

const COMPARE_FLAGS = {
  outlet: { type: "string", multiple: true },
  json: { type: "boolean" },
  md: { type: "boolean" },
  out: { type: "string" },
  progress: { type: "boolean" },
  "no-progress": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
