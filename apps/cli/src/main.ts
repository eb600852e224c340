import { CliError } from "./cli-error.ts";
import type { CommandIo } from "./compare-command.ts";
import { COMPARE_USAGE, parseCompareOptions } from "./compare-options.ts";
import { EXTRACT_USAGE, parseExtractOptions } from "./extract-options.ts";

export const USAGE = `Usage: parallax <command> [options]

Commands:
  compare FILE...   Compare how outlets report one story (run "parallax compare --help").
  extract FILE...   Show what is read out of each article: quotes and speakers, people, figures,
                    dates (run "parallax extract --help").

Options:
  -h, --help        Show this help.`;

/** Runs the command line and returns the exit code; errors are printed, never thrown. */
export async function main(
  args: readonly string[],
  io: CommandIo = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [command, ...rest] = args;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") {
      io.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command === "compare") {
      const options = parseCompareOptions(rest);
      if (options === "help") {
        io.stdout.write(`${COMPARE_USAGE}\n`);
        return 0;
      }
      // The NLP model loads with the aligner: only once the arguments are known to be usable.
      const { runCompare } = await import("./compare-command.ts");
      return runCompare(options, io);
    }
    if (command === "extract") {
      const options = parseExtractOptions(rest);
      if (options === "help") {
        io.stdout.write(`${EXTRACT_USAGE}\n`);
        return 0;
      }
      const { runExtract } = await import("./extract-command.ts");
      return runExtract(options, io);
    }
    throw new CliError(`unknown command "${command}"\n\n${USAGE}`, 2);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`parallax: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`parallax: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}
