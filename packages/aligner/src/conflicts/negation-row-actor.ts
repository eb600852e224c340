// Who a statement grouped elsewhere says the verb of, read for a negation's row only: the outlets
// that tell the denied fact as so, though worded otherwise than the two statements in conflict.

import { DOUBLE_OBJECT_LIGHT_FORMS } from "../../lexicons/event-words.ts";
import { AUXILIARY_VERBS } from "../../lexicons/function-words.ts";
import { perText } from "../align/per-text.ts";
import type { AlignUnit } from "../align/units.ts";
import type { Negated } from "./negated-words.ts";
import { actorAt, saidOfOne, sameActor } from "./negation-actor.ts";

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
  if (actor === null) return false;
  const verb = lightVerbBefore(other, start, item);
  const before = other.text.slice(0, Math.max(0, verb - other.span.start));
  const words = before.trimStart().split(/\s+/);
  // The opening name: capitalised words up to the actor's name ("Dana Reid", "Reid,").
  let end = 0;
  while (end < words.length && NAME_WORD.test((words[end] as string).replace(/,$/, ""))) {
    const word = (words[end] as string).replace(/,$/, "");
    end += 1;
    if (word === actor) break;
  }
  if (end === 0 || (words[end - 1] as string).replace(/,$/, "") !== actor) return false;
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
  return opensOnActor(denial, item, other, start);
}
