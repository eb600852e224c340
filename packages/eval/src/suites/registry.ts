import type { Suite } from "../suite.ts";
import { corpusSuite } from "./corpus.ts";
import { ecbplusSuite } from "./ecbplus.ts";
import { perturbSuite } from "./perturb.ts";
import { polnearSuite } from "./polnear.ts";

/** Every suite `pnpm eval <suite>` knows, by name. A new suite is one file in suites/ and a line here. */
export const SUITES: readonly Suite[] = [polnearSuite, ecbplusSuite, corpusSuite, perturbSuite];

export function findSuite(name: string): Suite | undefined {
  return SUITES.find((s) => s.name === name);
}
