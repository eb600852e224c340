import type { Config } from "./config.ts";
import { requestContext } from "./request-context.ts";

export type Logger = {
  error(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  debug(message: string, fields?: Record<string, unknown>): void;
};

const RANK = { silent: 0, error: 1, info: 2, debug: 3 } as const;

const toStderr = (line: string) => {
  process.stderr.write(line);
};

/**
 * One JSON line per event on stderr (or `sink`), so logs stay machine-readable and stdout stays
 * for the URL. A line written while a request is handled carries its `requestId`.
 */
export function createLogger(
  level: Config["logLevel"] = "info",
  sink: (line: string) => void = toStderr,
): Logger {
  const write = (
    lvl: "error" | "info" | "debug",
    message: string,
    fields?: Record<string, unknown>,
  ) => {
    if (RANK[lvl] > RANK[level]) return;
    const requestId = requestContext.getStore()?.requestId;
    sink(
      `${JSON.stringify({ time: new Date().toISOString(), level: lvl, message, ...(requestId ? { requestId } : {}), ...fields })}\n`,
    );
  };
  return {
    error: (message, fields) => write("error", message, fields),
    info: (message, fields) => write("info", message, fields),
    debug: (message, fields) => write("debug", message, fields),
  };
}
