import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { verbOfNoun } from "../../events/event-triggers.ts";
import { valueVerb } from "../value-clause.ts";

/**
 * The verb one figure is told with when the other figure is a sum set before that verb's noun
 * ("is suing Lund for $80 million" / "filed a $40 million lawsuit against Lund", "was ordered to pay
 * $2,000" / "a $4,000 payment"): one claim told once with its verb, once with its noun. Only sums of
 * money, which name what they are of by that noun; null when neither figure is such a sum of the
 * other's verb.
 */
export function retoldByNoun(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): string | null {
  if (fa.kind !== "money" || fb.kind !== "money") return null;
  return (
    nounOfVerb(a, fa, valueVerb(b, fb.span.start, fb.span.end)) ??
    nounOfVerb(b, fb, valueVerb(a, fa.span.start, fa.span.end))
  );
}

/** `verb` when the word right after a sum ("$40 million lawsuit") is that verb's noun. */
function nounOfVerb(unit: AlignUnit, figure: Figure, verb: string | null): string | null {
  if (verb === null) return null;
  const after = unit.text.slice(figure.span.end - unit.span.start);
  const noun = /^\s+(\p{Ll}+)\b/u.exec(after)?.[1];
  if (noun === undefined) return null;
  const word = noun.endsWith("s") && noun !== verb ? noun.slice(0, -1) : noun;
  return word === verb || verbOfNoun(word, new Map([[verb, 0]])) === verb ? verb : null;
}
