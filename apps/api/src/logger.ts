import type { Config } from "./config.ts";

export type Logger = {
  error(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
};

const RANK = { silent: 0, error: 1, info: 2, debug: 3 } as const;

/** One JSON line per event on stderr, so logs stay machine-readable and stdout stays for the URL. */
export function createLogger(level: Config["logLevel"] = "info"): Logger {
  const write = (
    lvl: "error" | "info" | "debug",
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (RANK[lvl] > RANK[level]) return;
    process.stderr.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...fields })}\n`,
    );
  };
  return {
    error: (message, fields) => write("error", message, fields),
    info: (message, fields) => write("info", message, fields),
    debug: (message, fields) => write("debug", message, fields),
  };
}
