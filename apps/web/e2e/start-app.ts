import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const API_DIR = resolve(WEB_DIR, "../api");
export const WEB_DIST_DIR = join(WEB_DIR, "dist");

/** Builds the UI when no build exists (the root test command builds it before Vitest runs). */
export function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST_DIR, "index.html"))) return;
  execFileSync(join(WEB_DIR, "node_modules/.bin/vite"), ["build", "--logLevel", "error"], {
    cwd: WEB_DIR,
    stdio: "inherit",
  });
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export interface RunningApp {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

/**
 * Starts Parallax as a user does in production: the API's main on a free port, a fresh data
 * directory (so the demo story loads, unless `PARALLAX_DEMO: "0"`), serving the built UI from
 * apps/web/dist. Ready once the demo story holds its articles, or, without the demo, once the
 * API answers.
 */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const withDemo = env.PARALLAX_DEMO !== "0";
  ensureWebBuild();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "parallax-web-e2e-"));
  // The embedded SQLite database in the temp dir, even where CI exports a PostgreSQL URL.
  const { DATABASE_URL: _postgres, ...inherited } = process.env;
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", join(API_DIR, "src/main.ts")],
    {
      cwd: API_DIR,
      env: {
        ...inherited,
        NODE_ENV: "production",
        PORT: String(port),
        HOST: "127.0.0.1",
        PARALLAX_DATA_DIR: dataDir,
        WEB_DIST_DIR,
        PARALLAX_LOG: "error",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += String(chunk);
  });
  child.stderr?.on("data", (chunk) => {
    output += String(chunk);
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (true) {
    if (child.exitCode !== null) {
      throw new Error(`the API exited with ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/api/stories`);
      if (response.ok) {
        const body = (await response.json()) as { items: { articleCount: number }[] };
        if (!withDemo || body.items.some((story) => story.articleCount > 0)) break;
      }
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the API was not ready within 90 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((r) => setTimeout(r, 6000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
