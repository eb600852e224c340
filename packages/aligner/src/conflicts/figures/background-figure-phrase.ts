import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { namedInCommon } from "../named-ids.ts";
import { valueVerb } from "../value-clause.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";
import { sameMeasureWords } from "./measures.ts";

/**
 * Whether two statements past their articles' leads give their figures in one phrase about one
 * holder: the same verb, the same measure of two words or more ("counts of fraud": the measure and
 * the noun its "of" names), and a person or organisation both
 * name ("Vint was charged with four counts of fraud, one of perjury" / "police arrested Vint, and
 * he has been charged with two counts of fraud"). Background set phrases are often two facts in one
 * template (another season, another city: guards.ts `backgroundComparable`), but a measure that
 * says what is counted in several words, said with one verb of one named holder, is one fact told
 * twice however the rest of the sentences differ.
 */
export const sameFigurePhrase: FigurePairTest = (a, fa, b, fb, context) => {
  if (!sameMeasureWords(fa, fb)) return false;
  const said = countedPhrase(a, fa);
  if (said === null || said !== countedPhrase(b, fb)) return false;
  const verb = valueVerb(a, fa.span.start, fa.span.end);
  if (verb === null || verb !== valueVerb(b, fb.span.start, fb.span.end)) return false;
  return namedInCommon(a, b, context.isPlace) > 0;
};

/** The measure with the noun its "of" names ("counts" + "of fraud"), when it has two words or more. */
function countedPhrase(unit: AlignUnit, figure: Figure): string | null {
  const measure = figure.measure?.trim().toLowerCase();
  if (!measure) return null;
  if (/\s/.test(measure)) return measure;
  const after = unit.text
    .slice(figure.span.end - unit.span.start)
    .trimStart()
    .toLowerCase();
  if (!after.startsWith(measure)) return null;
  const of = /^\s+of\s+(\p{L}+)/u.exec(after.slice(measure.length));
  return of ? `${measure} of ${of[1]}` : null;
}
