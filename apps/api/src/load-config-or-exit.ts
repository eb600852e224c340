import { type Config, ConfigError, loadConfig } from "./config.ts";

/**
 * The config of a process started from the command line (`pnpm start`, `pnpm worker`): a bad
 * variable ends it with exit code 2 and the message naming the variable, prefixed by `program`.
 */
export function loadConfigOrExit(program: string): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${program}: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
}
