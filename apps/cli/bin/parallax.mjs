#!/usr/bin/env node
// Runs the built command (dist/, made by `pnpm build`): plain JavaScript, so it starts fast.
let main;
try {
  ({ main } = await import("../dist/main.mjs"));
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("main.mjs"))
    throw error;
  process.stderr.write(
    "parallax: the command is not built yet; run `pnpm build` (or `pnpm --filter @parallax/cli build`) first\n",
  );
  process.exit(1);
}
process.exitCode = await main(process.argv.slice(2));
