#!/usr/bin/env node
// The workspace ships TypeScript source; tsx compiles it on the fly so the command needs no build.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/main.ts");
process.exitCode = await main(process.argv.slice(2));
