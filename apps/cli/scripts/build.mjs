// Bundles the CLI and the workspace packages it uses into plain JavaScript in dist/, so the
// command starts with node alone: no TypeScript compiled at start-up (tsx took over a second).
// Code splitting keeps `parallax --help` small: the aligner and ingestion sit in chunks that only
// load when a command needs them (main.ts imports them dynamically).
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outdir = join(root, "dist");
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, "src/main.ts") },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  outExtension: { ".js": ".mjs" },
  // Bundled CommonJS dependencies (wink-nlp, …) call require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __parallaxRequire } from "node:module"; const require = __parallaxRequire(import.meta.url);',
  },
  legalComments: "linked",
  logLevel: "warning",
});
