import { HAPPENING_VERB_CLASSES } from "../../../lexicons/happening-verbs.ts";
import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { verbOfNoun } from "../../events/event-triggers.ts";
import { clauseAround, valueVerb } from "../guards.ts";
import { bySpan } from "../value-clause.ts";
import { leftInState } from "./left-state.ts";
import { sameHappening } from "./verbs.ts";

/**
 * The verbs of the wide happening classes (lexicons/happening-verbs.ts), as the verb map a noun is
 * read against: present, but never counted as a noun of the same form ("the wreck" is no wrecking).
 */
const CLASS_VERBS: ReadonlyMap<string, number> = new Map(
  HAPPENING_VERB_CLASSES.flat().map((verb) => [verb, 0] as const),
);

/**
 * The happening a figure is told with when its clause names it by a noun after a verb of its own
 * ("causing major destruction in seven villages" → destroy, "reported the discovery of two
 * bodies" → discover): the verb of the last noun between the clause's last verb and the figure
 * that nominalises a verb of a wide happening class. Null when no such noun stands there.
 */
export const nounHappening = bySpan(readNounHappening);

function readNounHappening(unit: AlignUnit, start: number, end: number): string | null {
  const clause = clauseAround(unit, start, end);
  if (clause === null) return null;
  const words = eventWords(clause.before.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "));
  let found: string | null = null;
  for (const word of words) {
    if (word.verb) found = null;
    else found = verbOfNoun(word.lemma, CLASS_VERBS) ?? found;
  }
  return found;
}

/**
 * The happening a figure is said of: the noun of a wide class after its clause's verb
 * (`nounHappening`), else the verb itself (guards.ts valueVerb). "Causing destruction in seven
 * villages" and "flattening fourteen villages" tell one happening; "causing" and "flattening" do not.
 */
export function happeningVerb(unit: AlignUnit, start: number, end: number): string | null {
  const noun = nounHappening(unit, start, end);
  if (noun !== null) return noun;
  const verb = valueVerb(unit, start, end);
  // "The blast left four people dead" tells a death (left-state.ts).
  return leftInState(unit, end, verb) ?? verb;
}

/**
 * Whether two figures are said with two verbs of one wide happening class, read through their
 * nouns ("leveled seven villages" / "flattening fourteen villages", "destruction in seven
 * villages"): the happening their clauses share, though they share no word. The very same verb is
 * a shared word already and is not asked here.
 */
export function classHappening(
  a: AlignUnit,
  aStart: number,
  aEnd: number,
  b: AlignUnit,
  bStart: number,
  bEnd: number,
): string | null {
  const left = happeningVerb(a, aStart, aEnd);
  const right = happeningVerb(b, bStart, bEnd);
  if (left === null || right === null || left === right) return null;
  return sameHappening(left, right) ? left : null;
}
