import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { nominalises } from "../../events/event-triggers.ts";
import { bySpan, valueVerb } from "../value-clause.ts";

/**
 * The verb one figure is told with when the other figure is a sum set before that verb's noun
 * ("is suing Lund for $80 million" / "filed a $40 million lawsuit against Lund", "was ordered to pay
 * $2,000" / "a $4,000 payment"): one claim told once with its verb, once with its noun. Only sums of
 * money, which name what they are of by that noun; null when neither figure is such a sum of the
 * other's verb.
 */
export function retoldByNoun(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): string | null {
  if (fa.kind !== "money" || fb.kind !== "money") return null;
  return nounOfVerb(a, fa, b, fb) ?? nounOfVerb(b, fb, a, fa);
}

/**
 * The other figure's verb when the word right after this sum ("$40 million lawsuit") is that
 * verb's noun. The word is read first: most sums have none, and their pair needs no verb.
 */
function nounOfVerb(unit: AlignUnit, figure: Figure, other: AlignUnit, of: Figure): string | null {
  const noun = nounAfter(unit, figure.span.start, figure.span.end);
  if (noun === null) return null;
  const verb = valueVerb(other, of.span.start, of.span.end);
  if (verb === null) return null;
  const word = noun.endsWith("s") && noun !== verb ? noun.slice(0, -1) : noun;
  return word === verb || nominalises(word, verb) ? verb : null;
}

/** The lower-case word right after a value, read once per text and place: pairs ask it again. */
const nounAfter = bySpan(
  (unit, _start, end) => NOUN_AFTER.exec(unit.text.slice(end - unit.span.start))?.[1] ?? null,
);

const NOUN_AFTER = /^\s+(\p{Ll}+)\b/u;
