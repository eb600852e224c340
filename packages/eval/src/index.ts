export { runEval } from "./run-eval.ts";
export type { Suite, SuiteContext, SuiteReport } from "./suite.ts";
export { findSuite, SUITES } from "./suites/registry.ts";
