import type { Article, Comparison, Extraction } from "@parallax/core";
import type { PerturbCase } from "./perturb-case.ts";
import type { SidesSeen } from "./side-by-side.ts";

/**
 * What every stage reader (miss-stage.ts, speaker-, title- and negation-stage.ts) reads of a case:
 * whether it was found, the perturbed story's articles, extractions and comparison, and, for the
 * refusing-guard table, a sink told which statements the stage set side by side.
 */
export type StageInput = {
  c: PerturbCase;
  found: boolean;
  articles: readonly Article[];
  extractions: readonly Extraction[];
  comparison: Comparison;
  seen?: SidesSeen;
};
