import type { Figure } from "@parallax/core";
import { eventWords } from "../../align/lemmas.ts";

/**
 * Whether a figure counts those a happening befell, told by its participle alone ("Ten people were
 * killed": measure "killed"), and that happening is the verb another outlet's figure is said with
 * ("killing at least 20 people"): the row of that disagreement holds it beside the people counted.
 */
export function countsTheDone(figure: Figure, verbs: readonly (string | null)[]): boolean {
  const measure = figure.measure?.trim();
  if (!measure || /\s/.test(measure)) return false;
  const words = eventWords(measure.toLowerCase());
  if (words.length !== 1) return false;
  const lemma = (words[0] as { lemma: string }).lemma;
  return verbs.some((verb) => verb !== null && verb === lemma);
}
