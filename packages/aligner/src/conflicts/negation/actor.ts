import { DOUBLE_OBJECT_LIGHT_FORMS } from "../../../lexicons/event-words.ts";
import {
  AUXILIARY_VERBS,
  CLAUSE_OPENING_WORDS,
  PREPOSITIONS,
  RAISING_VERB_FORMS,
} from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import type { Negated } from "./negated-words.ts";
import { recipientAfter } from "./recipient.ts";
import { sayerOfPronoun } from "./sayer-pronoun.ts";

/** A capitalised word: the last word of a name ("Reid" of "Dana Reid", "Hiller"). */
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;

/** A relative clause's verb right before the name: "who angered [Noor] Patel". */
const RELATIVE_OBJECT = /\b(?:who|which|whom)\s+\p{Ll}+\s+$/u;
/** The first names before the last one ("Noor " of "Noor Patel"). */
const NAME_START = /(?:\p{Lu}[\p{L}'’.-]*\s+)+$/u;

/** "The", "A", "In": a capitalised word opening the statement is no name. */
const OPENING = /^\W*$/u;

/**
 * The name a verb is said of, written right before it: the last capitalised word before the verb,
 * with nothing but auxiliaries, "not", adverbs in -ly, commas and spaces between ("Dana Reid has
 * not checked in", "the clerk, Noor Patel, was suspended", "Patel was quickly suspended"). Null
 * when the verb has no name right before it ("a woman was suspended", "Americans in the 1950s, has
 * not died"): who it is said of is then not read from the words.
 */
export function actorBefore(unit: AlignUnit, at: number): string | null {
  const before = unit.text.slice(0, Math.max(0, at - unit.span.start));
  const named = namedBefore(before);
  // "Ines Moreau, the singer … of Velden, has not died": a name after a preposition closes the
  // appositive, and the statement's opening name is the one the verb is said of.
  if (named !== null && afterPreposition(before, named)) return openingAppositive(before) ?? named;
  return named ?? openingAppositive(before) ?? sayerBefore(before);
}

/** Auxiliaries, "not" and adverbs in -ly ending a text: what stands between a pronoun and its verb. */
const AUXILIARIES_AT_END = new RegExp(
  `(?:\\s+(?:${[...AUXILIARY_VERBS].join("|")}|\\p{L}+ly|n['’]t))+\\s*$`,
  "iu",
);

/** "Ivo Vint said he has not …": the sayer a "he" or "she" before the verb stands for. */
function sayerBefore(before: string): string | null {
  return sayerOfPronoun(`${before.replace(AUXILIARIES_AT_END, "")} `);
}

/** Whether the last writing of a name in a text stands right after a preposition ("of Velden"). */
function afterPreposition(before: string, name: string): boolean {
  const at = before.lastIndexOf(name);
  const previous = /([\p{L}'’]+)\s+$/u.exec(before.slice(0, at).replace(NAME_START, ""))?.[1];
  return (
    previous !== undefined && PREPOSITIONS.has(previous) && !CLAUSE_OPENING_WORDS.has(previous)
  );
}

/**
 * A statement opening on a name and its appositive, the verb right after it: "Ines Moreau, the
 * singer whose albums sold in the millions, has died" says the verb of Moreau, however many
 * capitalised words the appositive holds. The appositive opens with an article or a possessive and
 * holds no comma of its own; the name has two words or more ("However, the …" names no one).
 */
const OPENING_APPOSITIVE =
  /^\W*(?:\p{Lu}[\p{L}'’.-]*\s+)+(\p{Lu}[\p{L}'’-]*),\s+(?:the|a|an|his|her|its|their)\s[^,;:]*,((?:\s+[\p{L}'’]+)*)\s*$/u;

function openingAppositive(before: string): string | null {
  const match = OPENING_APPOSITIVE.exec(before);
  if (!match) return null;
  for (const word of (match[2] ?? "").toLowerCase().match(/[\p{L}'’]+/gu) ?? [])
    if (!AUXILIARY_VERBS.has(word) && !/^\p{L}+ly$/u.test(word)) return null;
  return match[1] ?? null;
}

/** The last capitalised word before a verb, with only auxiliaries between (see `actorBefore`). */
function namedBefore(before: string): string | null {
  let last: RegExpMatchArray | null = null;
  for (const match of before.matchAll(CAPITALISED)) last = match;
  if (!last) return null;
  // "I don't think" / "I think": a capitalised pronoun is no name, and two outlets' "I" may be two
  // speakers or one speaker's two remarks (issue 12).
  if (PRONOUNS.has(last[0].toLowerCase())) return null;
  const from = last.index ?? 0;
  if (OPENING.test(before.slice(0, from))) return null;
  // "a clerk who angered Patel was not suspended": the name is the relative clause's object.
  if (RELATIVE_OBJECT.test(before.slice(0, from).replace(NAME_START, ""))) return null;
  const between = before.slice(from + last[0].length);
  // A possessive is whose thing it is, not who did it: "Patel's car was not damaged".
  if (/^['’]/u.test(between)) return null;
  const words = between.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (const [i, word] of words.entries()) {
    if (AUXILIARY_VERBS.has(word) || /^\p{L}+ly$/u.test(word) || /^n['’]t$/.test(word)) continue;
    // "Patel seems to have not won": a raising verb and its "to" hand the name on to the verb.
    if (RAISING_VERB_FORMS.has(word) && words[i + 1] === "to") continue;
    if (word === "to" && RAISING_VERB_FORMS.has(words[i - 1] ?? "")) continue;
    return null;
  }
  return last[0];
}

/** The statements' actors, read once per statement and position. */
const actorsOf = perUnit(() => new Map<number, string | null>());

/** `actorBefore`, read once per statement and position. */
export function actorAt(unit: AlignUnit, at: number): string | null {
  const known = actorsOf(unit);
  if (!known.has(at)) known.set(at, actorBefore(unit, at));
  return known.get(at) ?? null;
}

/**
 * Whether a denial and a plain statement say the verb of one named actor: the same name written
 * right before the negated verb and right before the stated one ("Noor Patel was not suspended" /
 * "the clerk, Noor Patel, was suspended from her job"). Two statements aligned as one fact that
 * say the same verb of the same name tell one fact, however little else they share.
 */
export function sameActor(
  denial: AlignUnit,
  at: number,
  other: AlignUnit,
  otherAt: number,
): boolean {
  const actor = actorAt(denial, at);
  return actor !== null && actor === actorAt(other, otherAt);
}

/** How far before a stated noun its light verb may stand ("made an eight-year offer"). */
const LIGHT_VERB_REACH = 60;

/**
 * Where the verb of a stated word stands, for reading its actor: the light verb a denial carries
 * when the word is the noun of its object ("the Owls made an offer" says the offer of the Owls);
 * the word itself otherwise.
 */
export function verbAt(unit: AlignUnit, at: number, carriers: readonly string[]): number {
  const lights = carriers.filter((w) => DOUBLE_OBJECT_LIGHT_FORMS.has(w));
  if (lights.length === 0) return at;
  const offset = at - unit.span.start;
  const before = unit.text.slice(Math.max(0, offset - LIGHT_VERB_REACH), offset);
  let found = -1;
  for (const word of before.matchAll(/[\p{L}'’]+/gu))
    if (lights.includes(word[0].toLowerCase())) found = word.index ?? 0;
  return found < 0 ? at : at - before.length + found;
}

/** A passive right before a verb: "was not placed", "has been quietly placed". */
export const PASSIVE_BEFORE =
  /\b(?:is|are|was|were|been|being)\s+(?:(?:not|never|\p{L}+ly)\s+)*$/iu;
/**
 * The name right after an active verb, past a few lower-case words of description ("placed
 * veteran running back Noor Patel on reserve" → "Patel"): the one the verb is done to.
 */
const NAME_AFTER =
  /^\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’-]*)/u;

/** The one a verb at a position is done to: the passive's subject, or the active's object. */
export function patientAt(unit: AlignUnit, at: number, end: number): string | null {
  const offset = at - unit.span.start;
  if (PASSIVE_BEFORE.test(unit.text.slice(0, offset))) return actorAt(unit, at);
  const after = unit.text.slice(end - unit.span.start);
  const match = NAME_AFTER.exec(after);
  // "arrested the brother of Ada Lund", "arrested Lund's driver": the verb is done to another
  // person, whom the name only describes.
  const described = (match?.[0] ?? "").toLowerCase().match(/[\p{L}'’-]+/gu) ?? [];
  if (
    match &&
    !described.some((w) => PREPOSITIONS.has(w)) &&
    !/^['’]/u.test(after.slice(match[0].length))
  )
    return match[1]?.split(/\s+/).at(-1) ?? null;
  return recipientAfter(after);
}

/**
 * Whether a denial and a plain statement say the verb done to one named person, in either voice:
 * "Noor Patel was not placed on leave" / "the board placed clerk Noor Patel on leave".
 */
export function samePatient(
  denial: AlignUnit,
  at: number,
  end: number,
  other: AlignUnit,
  otherAt: number,
): boolean {
  const patient = patientAt(denial, at, end);
  if (patient === null) return false;
  const word = /^[\p{L}'’-]+/u.exec(other.text.slice(otherAt - other.span.start))?.[0] ?? "";
  return patient === patientAt(other, otherAt, otherAt + word.length);
}

/**
 * Whether a denial and the word a statement states are said of one named person: the same actor
 * (read before the statement's light verb when the word is its object), or, for a row only, the
 * same person done to in either voice.
 */
export function saidOfOne(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
  eitherVoice = false,
): boolean {
  if (sameActor(denial, item.span.start, other, verbAt(other, start, item.carriers))) return true;
  return eitherVoice && samePatient(denial, item.span.start, item.span.end, other, start);
}
