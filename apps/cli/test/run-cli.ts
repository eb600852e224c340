import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

// Runs the built command as a user would, and reads its printed sections: shared by the tests
// that spawn it.

export const BIN = fileURLToPath(new URL("../bin/parallax.mjs", import.meta.url));

type Run = { code: number; stdout: string; stderr: string };

/** Spawns the real command, as a user would run it. */
export function run(args: string[], bin = BIN): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/** The lines of one section ("Quotes (3)") of one article's text, up to the next blank line. */
export function section(text: string, heading: string): string[] {
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${heading} (`));
  if (start < 0) throw new Error(`no ${heading} section in:\n${text}`);
  const end = lines.findIndex((l, i) => i > start && l.trim() === "");
  return lines.slice(start, end < 0 ? undefined : end);
}
