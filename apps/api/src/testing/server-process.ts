import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const WORKER = fileURLToPath(new URL("../worker.ts", import.meta.url));
const PACKAGE_DIR = fileURLToPath(new URL("../..", import.meta.url));

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for the exit code. */
  stop(): Promise<number | null>;
  /** SIGKILL: the process gets no chance to clean up. */
  kill(): Promise<void>;
};

/** Starts src/main.ts (via tsx, as `pnpm start` does) on a free port and waits for its URL. */
export async function startServer(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<ServerProcess> {
  const started = await startProcess(
    MAIN,
    { PORT: "0", HOST: "127.0.0.1", PARALLAX_LOG: "error", PARALLAX_WORKERS: "1", ...env },
    /Parallax running at (http:\/\/\S+)/,
    timeoutMs,
  );
  return { ...started, url: started.match[1]! };
}

/** Starts src/worker.ts (as `pnpm worker` does) and waits until it runs jobs. */
export function startWorker(env: Record<string, string>, timeoutMs = 90_000) {
  return startProcess(
    WORKER,
    { PARALLAX_LOG: "info", PARALLAX_WORKERS: "1", ...env },
    /Parallax worker running/,
    timeoutMs,
  );
}

function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: RegExp,
  timeoutMs: number,
): Promise<Omit<ServerProcess, "url"> & { match: RegExpMatchArray }> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], {
    cwd: PACKAGE_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`${entry} did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let resolved = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = resolved ? null : output.match(ready);
      if (match) {
        resolved = true;
        clearTimeout(timer);
        resolve({
          match,
          child,
          output: () => output,
          async stop() {
            child.kill("SIGTERM");
            return exited;
          },
          async kill() {
            child.kill("SIGKILL");
            await exited;
          },
        });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited with code ${code} before starting:\n${output}`));
    });
  });
}

/** Runs main.ts to completion (for start-up failures) and returns its exit code and output. */
export function runToExit(
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN], {
    cwd: PACKAGE_DIR,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr.on("data", (c: Buffer) => (output += c.toString()));
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, output })));
}
