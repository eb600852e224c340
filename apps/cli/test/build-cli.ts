import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The tests spawn bin/parallax.mjs, which runs dist/: build it from the current source first. */
export default function buildCli(): void {
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL("../scripts/build.mjs", import.meta.url))],
    {
      stdio: "inherit",
    },
  );
}
