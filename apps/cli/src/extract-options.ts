import { CliError } from "./cli-error.ts";
import { outletNames, parseCommandArgs } from "./command-args.ts";

export type ExtractOptions = { files: string[]; outlets: string[]; format: "text" | "json" };

export const EXTRACT_USAGE = `Usage: parallax extract FILE... [--outlet NAME ...] [--json]

Prints what Parallax reads out of each article: quotes with their speakers, people with their
titles, organisations, places, figures and dates. Each FILE is an article saved as plain text or HTML.

Options:
  --outlet NAME   Outlet of the next file, in order (repeat once per file). Without it the outlet
                  comes from a manifest.json beside the files, else from the file name.
  --json          Print a JSON array, one entry per file: { file, article, extraction } (the
                  Extraction schema of @parallax/core; quotes name speakers by entity id).
  -h, --help      Show this help.`;

/** Reads the arguments of `parallax extract`; throws CliError (exit code 2) on any misuse. */
export function parseExtractOptions(args: readonly string[]): ExtractOptions | "help" {
  const { values, positionals } = parseCommandArgs(args, EXTRACT_FLAGS, EXTRACT_USAGE);
  if (values.help) return "help";
  const outlets = outletNames(values.outlet, positionals.length);
  if (positionals.length === 0)
    throw new CliError(`extract needs at least one article file.\n\n${EXTRACT_USAGE}`, 2);
  return { files: positionals, outlets, format: values.json ? "json" : "text" };
}

const EXTRACT_FLAGS = {
  outlet: { type: "string", multiple: true },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
