// Who a denial and a statement grouped elsewhere say a verb of, when both say it of a pronoun: for
// a negation's row only, the outlets that tell the denied fact of "he" or "she" as the denial does.

import { AUXILIARY_VERBS } from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { ConflictContext } from "../guards.ts";
import { verbAt } from "./actor.ts";
import type { Negated } from "./negated-words.ts";

/** A personal pronoun of one person, then the words before the verb ("he was", "she has since"). */
const PRONOUN_BEFORE = /\b(he|she)((?:\s+[\p{L}'’]+)*)\s+$/iu;

/**
 * The personal pronoun a verb is said of, written right before it with only auxiliaries, "not" and
 * adverbs in -ly between ("hours after he was not arrested" → "he"); null otherwise.
 */
export function pronounBefore(unit: AlignUnit, at: number): "he" | "she" | null {
  const before = unit.text.slice(Math.max(0, at - unit.span.start - 60), at - unit.span.start);
  const match = PRONOUN_BEFORE.exec(` ${before}`);
  if (!match) return null;
  for (const word of (match[2] ?? "").toLowerCase().match(/[\p{L}'’]+/gu) ?? [])
    if (!AUXILIARY_VERBS.has(word) && !/^\p{L}+ly$/u.test(word) && !/^n['’]t$/.test(word))
      return null;
  return (match[1] as string).toLowerCase() as "he" | "she";
}

/** The people a statement names who are not its speakers: whom its "he" or "she" may be. */
function namedPeople(unit: AlignUnit, context: ConflictContext): Set<string> {
  return new Set(
    [...unit.entities].filter(
      (id) => !unit.speakers.has(id) && !context.isPlace?.(id) && (context.isPerson?.(id) ?? true),
    ),
  );
}

/**
 * Whether a denial and a statement of another outlet say the denied verb of the same pronoun ("the
 * boss hanged himself hours after he was not arrested" / "a boss hanged himself hours after he was
 * arrested"), and name the same people besides their speakers (none, or the same ones): the
 * pronoun then stands for one person in both. The caller decides that the two tell one thing.
 */
export function samePronounActor(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
  context: ConflictContext,
): boolean {
  const pronoun = pronounBefore(denial, item.span.start);
  if (pronoun === null) return false;
  if (pronounBefore(other, verbAt(other, start, item.carriers)) !== pronoun) return false;
  const left = namedPeople(denial, context);
  const right = namedPeople(other, context);
  return left.size === right.size && [...left].every((id) => right.has(id));
}
