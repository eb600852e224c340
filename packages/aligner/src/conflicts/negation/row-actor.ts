// Who a statement says a denied verb of, read beyond the name right before the verb: for a
// negation's row, the outlets that tell the denied fact as so, though worded otherwise than the two
// statements in conflict; for the conflict itself, the same readings held to one role.

import { DOUBLE_OBJECT_LIGHT_FORMS } from "../../../lexicons/event-words.ts";
import { AUXILIARY_VERBS, PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";
import { actorAt, PASSIVE_BEFORE, patientAt, saidOfOne, sameActor, samePatient } from "./actor.ts";
import type { Negated } from "./negated-words.ts";

/** How far before a stated noun its light verb may stand ("made an eight-year offer"). */
const LIGHT_VERB_REACH = 40;

/**
 * Where the verb of a stated noun stands when the denial says the verb itself: "the Owls have not
 * offered a contract" / "the Owls have made an eight-year offer" — the offer is said of whoever
 * stands before "made". The word's own position when no light verb stands right before it.
 */
function lightVerbBefore(unit: AlignUnit, at: number, item: Negated): number {
  const offset = at - unit.span.start;
  const known = lightVerbsOf(unit);
  const key = `${offset}|${item.word}`;
  let found = known.get(key);
  if (found === undefined) {
    found = lightVerbIn(unit.text, offset, item.word);
    known.set(key, found);
  }
  return unit.span.start + found;
}

// Read once per text, word position and denied word: a row asks it of every statement of the
// story that may state the word, and the story repeats its statements' texts.
const lightVerbsOf = perText(() => new Map<string, number>());

/** `lightVerbBefore` within a text: offsets from its start. */
function lightVerbIn(text: string, offset: number, denied: string): number {
  const word = /^[\p{L}'’-]+/u.exec(text.slice(offset))?.[0]?.toLowerCase() ?? "";
  if (word === denied) return offset;
  const before = text.slice(Math.max(0, offset - LIGHT_VERB_REACH), offset);
  // The light verb and the noun's own words ("an eight-year contract"), nothing that closes a clause.
  const light =
    /\b([\p{L}]+)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\p{Ll}\d][\p{L}\d'’-]*\s+){0,2}$/u.exec(
      before,
    );
  if (!light || !DOUBLE_OBJECT_LIGHT_FORMS.has((light[1] as string).toLowerCase())) return offset;
  return offset - before.length + (light.index ?? 0);
}

/** Auxiliaries, "n't" and adverbs in -ly: what may stand between a subject and its verb. */
function onlyAuxiliaries(text: string): boolean {
  return (text.toLowerCase().match(/[\p{L}'’]+/gu) ?? []).every(
    (w) => AUXILIARY_VERBS.has(w) || /^\p{L}+ly$/u.test(w),
  );
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * Whether a statement opens on the name a denial is said of and says the verb of it: "Reid checked
 * herself in on Tuesday" (the name alone, opening the statement), or "Ines Moreau, the singer
 * whose songs, films and tours filled halls, has died" (an appositive of any length, set off by
 * commas, opening with an article or a possessive). The denial's name is read where the name
 * reader reads it ("Dana Reid has not checked in", `actorBefore`).
 */
export function opensOnActor(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
): boolean {
  const actor = actorAt(denial, item.span.start);
  return actor !== null && opensOnName(actor, other, lightVerbBefore(other, start, item));
}

/**
 * Whether a statement opens on a name (its last word given) and says the verb at a position of it,
 * alone or past an appositive (see `opensOnActor`).
 */
function opensOnName(name: string, other: AlignUnit, verb: number): boolean {
  const before = other.text.slice(0, Math.max(0, verb - other.span.start));
  const words = before.trimStart().split(/\s+/);
  // The opening name: capitalised words up to the given name ("Dana Reid", "Reid,").
  let end = 0;
  while (end < words.length && NAME_WORD.test((words[end] as string).replace(/,$/, ""))) {
    const word = (words[end] as string).replace(/,$/, "");
    end += 1;
    if (word === name) break;
  }
  if (end === 0 || (words[end - 1] as string).replace(/,$/, "") !== name) return false;
  const rest = words.slice(end).join(" ");
  if ((words[end - 1] as string).endsWith(",")) {
    // An appositive: it opens with an article or possessive and closes on the last comma.
    if (!/^(?:the|a|an|his|her|its|their)\s/.test(rest)) return false;
    const close = rest.lastIndexOf(",");
    return close >= 0 && onlyAuxiliaries(rest.slice(close + 1));
  }
  return onlyAuxiliaries(rest);
}

/**
 * Whether a denial's named patient opens a passive statement of the verb: "Police have not
 * arrested Ivo Lund" / "Lund was arrested by border guards on Friday" — the one done to, written
 * first in the other voice. (`samePatient` reads a passive's subject by the name reader, which
 * takes no name opening a statement: "The", "In" open statements too.)
 */
function opensOnPatient(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
): boolean {
  if (!passiveAt(other, start)) return false;
  const patient = patientAt(denial, deniedVerb(item), item.span.end);
  return patient !== null && opensOnName(patient, other, start);
}

/**
 * Whether a statement grouped elsewhere says the denied word of the denial's named person, for the
 * row: as a conflict reads it (`saidOfOne`, either voice), through a light verb the denial does not
 * use ("made an offer" of "not offered"), or opening on the name (`opensOnActor`).
 */
export function saidOfOneInRow(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
): boolean {
  if (saidOfOne(denial, item, other, start, true)) return true;
  const verb = lightVerbBefore(other, start, item);
  if (verb !== start && sameActor(denial, item.span.start, other, verb)) return true;
  return opensOnActor(denial, item, other, start) || opensOnPatient(denial, item, other, start);
}

/**
 * Whether a statement aligned with a denial says the denied word of the same person, for deciding a
 * conflict: the row's readings (`saidOfOneInRow`), held to one role. Said of one name, both must
 * be in one voice ("Ivo Lund was not arrested" is no denial of "Ivo Lund arrested two men"); done to
 * one named person, the voices must differ, since two active statements with one object may name
 * two doers ("the Owls have not made an offer to Ada Lund" / "the Gulls made an offer to Ada
 * Lund"), and a doer named in both must be one ("Police have not arrested Ivo Lund" / "Lund was
 * arrested by police on Friday", not "… by border guards").
 */
export function saidOfOneInPair(
  denial: AlignUnit,
  item: Negated,
  other: AlignUnit,
  start: number,
): boolean {
  const denialPassive = deniedPassive(denial, item);
  const statedPassive = passiveAt(other, start);
  if (denialPassive === statedPassive) {
    if (saidOfOne(denial, item, other, start)) return true;
    const verb = lightVerbBefore(other, start, item);
    if (verb !== start && sameActor(denial, item.span.start, other, verb)) return true;
    return opensOnActor(denial, item, other, start);
  }
  const [passive, passiveEnd, active, activeAt] = denialPassive
    ? [denial, item.span.end, other, start]
    : [other, start + (wordAt(other, start)?.length ?? 0), denial, item.span.start];
  if (!sameDoer(passive, passiveEnd, active, activeAt)) return false;
  return (
    samePatient(denial, deniedVerb(item), item.span.end, other, start) ||
    opensOnPatient(denial, item, other, start)
  );
}

/** Where a denial's verb stands: "has not been arrested" is passive at "arrested", not at "not". */
function deniedVerb(item: Negated): number {
  return item.span.end - item.word.length;
}

/**
 * A form of "be" and up to two adverbs before a verb ("was also cut", "were then arrested"): words
 * that open a phrase of their own ("was the first", "was there and") are no adverbs.
 */
const BE_AND_ADVERBS = /\b(?:is|are|was|were|been|being)((?:\s+\p{Ll}+){1,2})\s+$/u;

/** Whether the verb at a position is passive ("was arrested", "was also cut"). */
function passiveAt(unit: AlignUnit, verb: number): boolean {
  const before = unit.text.slice(0, Math.max(0, verb - unit.span.start));
  if (PASSIVE_BEFORE.test(before)) return true;
  const adverbs = BE_AND_ADVERBS.exec(before)?.[1]?.trim().split(/\s+/) ?? [];
  return (
    adverbs.length > 0 &&
    adverbs.every((w) => !PREPOSITIONS.has(w) && !PRONOUNS.has(w) && !NOT_ADVERBS.has(w))
  );
}

/** Articles and conjunctions: words after "was" that open a phrase, not adverbs of the verb. */
const NOT_ADVERBS: ReadonlySet<string> = new Set("the a an and or but".split(" "));

/** Whether a denial's verb is passive: "was not arrested", "has not been arrested". */
function deniedPassive(denial: AlignUnit, item: Negated): boolean {
  return passiveAt(denial, item.span.start) || passiveAt(denial, deniedVerb(item));
}

/** The word written at a position. */
function wordAt(unit: AlignUnit, at: number): string | undefined {
  return /^[\p{L}'’-]+/u.exec(unit.text.slice(at - unit.span.start))?.[0];
}

/** A passive's agent, in its clause after the verb: "by border police" → "border police". */
const AGENT_AFTER = /^[^,;.]*?\bby\s+([^,;.]+)/u;

/**
 * Whether a passive's doer, when it names one ("by border police"), is the active statement's
 * subject (its last word before the verb and auxiliaries: "Police have not arrested" → "police").
 */
function sameDoer(passive: AlignUnit, end: number, active: AlignUnit, at: number): boolean {
  const agent = AGENT_AFTER.exec(passive.text.slice(end - passive.span.start))?.[1];
  if (agent === undefined) return true;
  const before = active.text.slice(0, Math.max(0, at - active.span.start));
  const words: string[] = before.match(/[\p{L}'’-]+/gu) ?? [];
  while (words.length > 0 && AUXILIARY_VERBS.has((words.at(-1) as string).toLowerCase()))
    words.pop();
  const subject = words.at(-1)?.toLowerCase();
  return (
    subject !== undefined &&
    (agent.toLowerCase().match(/[\p{L}'’-]+/gu) ?? ([] as string[])).includes(subject)
  );
}
