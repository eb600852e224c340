import { type ParseArgsConfig, parseArgs } from "node:util";
import { CliError } from "./cli-error.ts";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Parses a command's arguments strictly; a misuse is a CliError (exit code 2) with the usage. */
export function parseCommandArgs<T extends Options>(
  args: readonly string[],
  options: T,
  usage: string,
) {
  try {
    return parseArgs({ args: [...args], allowPositionals: true, strict: true, options });
  } catch (error) {
    throw new CliError(`${(error as Error).message}\n\n${usage}`, 2);
  }
}

/** The --outlet names, trimmed: each must be a name, and at most one per file. */
export function outletNames(given: readonly string[] | undefined, fileCount: number): string[] {
  const outlets = (given ?? []).map((o) => o.trim());
  if (outlets.some((o) => o.length === 0))
    throw new CliError('--outlet needs a name, e.g. --outlet "Korea JoongAng Daily"', 2);
  if (outlets.length > fileCount) {
    throw new CliError(
      `${outlets.length} --outlet names for ${fileCount} files: give at most one per file`,
      2,
    );
  }
  return outlets;
}
