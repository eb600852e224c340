import { eventWords } from "../../align/lemmas.ts";
import type { AlignUnit } from "../../align/units.ts";
import { isEnglishWord } from "../../extract/english-lexicon.ts";
import { isGivenName } from "../../extract/given-name-genders.ts";
import type { ConflictContext } from "../guards.ts";

/*
 * Whether a denial and a statement can be said of one subject, by grammatical number: "they were
 * not looking forward to the campaign" is said of several, "Ivo Vint looks forward to the
 * campaign" of one person, so the two tell no one thing both ways (issue 12: same subject). Read
 * only between a plural personal pronoun and one person named as the other verb's subject: a
 * "they" or "we" may stand for an organisation another outlet writes in the singular ("the club
 * said they have not" / "the club has"), or for a speaker's own side, never for one person.
 */

/** Pronouns of several as a clause's subject. */
const SEVERAL = /^(?:they|we)$/i;

/** Finite forms of "be", "have" and "do" that agree with one person only. */
const OF_ONE = /^(?:is|has|does|was)$/i;

/** Adverbs and non-finite forms that may stand between a subject and its verb ("has also been"). */
const PASSED = /^(?:\p{L}+ly|also|still|already|just|now|never|ever|even|not|been|being|be)$/iu;

const WORDS = /[\p{L}'’.-]+/gu;

/** The words before a position, the adverbs and non-finite forms right before it passed over. */
function wordsBefore(unit: AlignUnit, at: number): string[] {
  const words = unit.text.slice(0, Math.max(0, at - unit.span.start)).match(WORDS) ?? [];
  let end = words.length;
  while (end > 0 && PASSED.test(words[end - 1] as string)) end -= 1;
  return words.slice(0, end);
}

/** Whether the subject of a verb at a position (its auxiliary before it, if any) is "they"/"we". */
function severalBefore(unit: AlignUnit, at: number): boolean {
  const words = wordsBefore(unit, at);
  const last = words.at(-1);
  if (last !== undefined && SEVERAL.test(last)) return true;
  return last !== undefined && /^(?:are|were|have|do|did|had)$/i.test(last)
    ? SEVERAL.test(words.at(-2) ?? "")
    : false;
}

/**
 * Whether a verb at a position is said of one person named right before it, in a form that agrees
 * with one ("Ivo Vint looks", "Vint has"): a word of the name of a person the statement names, or
 * a given name.
 */
function onePersonBefore(unit: AlignUnit, at: number, context: ConflictContext): boolean {
  const words = wordsBefore(unit, at);
  let subject = words.at(-1);
  if (subject !== undefined && OF_ONE.test(subject)) subject = words.at(-2);
  else if (!presentInS(unit, at)) return false;
  if (subject === undefined || !/^\p{Lu}/u.test(subject)) return false;
  // A given name alone ("Ivo looks forward") is one person too, unless it is also an English
  // word ("Will", "Grant").
  if (isGivenName(subject) && !isEnglishWord(subject.toLowerCase())) return true;
  return [...unit.entities].some(
    (id) =>
      context.isPerson?.(id) === true && context.entityName(id).split(/\s+/).includes(subject),
  );
}

/** Whether the word at a position is a verb in the present's -s form ("looks", "says"). */
function presentInS(unit: AlignUnit, at: number): boolean {
  const offset = at - unit.span.start;
  const word = /^\p{L}+/u.exec(unit.text.slice(offset))?.[0] ?? "";
  if (!/[^s]s$/i.test(word)) return false;
  const read = eventWords(unit.text.slice(0, offset + word.length)).at(-1);
  return read?.verb === true && read.lemma !== word.toLowerCase();
}

/**
 * Whether a denial (its negation at `deniedAt`) and a statement (its word at `statedAt`) can be of
 * one subject: not when one says it of "they" or "we" and the other of one person by name.
 */
export function numberAgrees(
  denial: AlignUnit,
  deniedAt: number,
  statement: AlignUnit,
  statedAt: number,
  context: ConflictContext,
): boolean {
  if (severalBefore(denial, deniedAt) && onePersonBefore(statement, statedAt, context))
    return false;
  return !(severalBefore(statement, statedAt) && onePersonBefore(denial, deniedAt, context));
}
