import type { Figure } from "@parallax/core";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";

/** How far into a statement an age may start and still open it ("A 46-year-old …", "The 23-year-old …"). */
const OPENING = /^(?:(?:a|an|the)\s+)?$/i;

/** The first verb of a statement, its lemma ("… has been charged with …" → charge); null when none. */
function firstVerb(unit: AlignUnit): string | null {
  const words = eventWords(unit.text.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  return words.find((w) => w.verb)?.lemma ?? null;
}

/** Whether an age opens its statement, before any other figure: the age of the one the sentence is about. */
function opens(unit: AlignUnit, figure: Figure): boolean {
  if (figure.measure !== "age") return false;
  const offset = figure.span.start - unit.span.start;
  return (
    OPENING.test(unit.text.slice(0, Math.max(0, offset))) &&
    unit.figures.every((f) => f === figure || f.span.start > figure.span.start)
  );
}

/**
 * Two ages that each open their statement, whose first verb is the same ("23-year-old Ivo Vint,
 * of Ostra, has been charged with the murder of his 58-year-old mother" / "A 46-year-old man has
 * been charged with the murders of his mother and sister"): the age of the one the sentence is
 * about, whatever other ages (a victim's, a relative's) follow in one of them. They pair even when
 * the two statements give unequal numbers of ages.
 */
export function openingAges(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  if (!opens(a, fa) || !opens(b, fb)) return false;
  const verb = firstVerb(a);
  return verb !== null && verb === firstVerb(b);
}
