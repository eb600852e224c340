import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the scripts look for the datasets when not told: `../shared/datasets` beside the repository,
 * as `pnpm eval` does (src/options.ts), so no script names one machine's folder.
 */
export const DEFAULT_DATA_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "..",
  "..",
  "shared",
  "datasets",
);
