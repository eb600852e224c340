import { CALENDAR_WORDS } from "../../lexicons/calendar-words.ts";
import { CURRENCY_PLURALS } from "../../lexicons/currency-words.ts";
import { NUMBER_HEAD_BREAKS } from "../../lexicons/function-words.ts";
import { NAMED_THING_HEADS } from "../../lexicons/organization-words.ts";
import { isEnglishWord } from "./english-lexicon.ts";

const SENTENCE_OPENING = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;

/**
 * Whether the number at `at` follows a capitalised word that does not open its sentence ("Apollo
 * 11 astronauts", "the Harbour 12 clubs"): such a number belongs to a name.
 */
export function numberAfterName(body: string, at: number): boolean {
  const before = body.slice(Math.max(0, at - 40), at);
  const word = /(\S+)\s+$/.exec(before);
  if (word === null || !/^[A-Z]/.test(word[1] ?? "")) return false;
  // A capitalised word opening its sentence ("Yesterday 300 Norlanders …") names nothing.
  return !SENTENCE_OPENING.test(before.slice(0, word.index));
}

/**
 * Whether a count whose modifiers hold a capitalised word or a model code counts its lowercase
 * head: "six Internet cables", "595 Republican delegates", "two F-16 jets" do. Not when the
 * number is part of a name or an address ("Apollo 11 astronauts", "at 12 Harbour Street
 * residents"), a date ("on 3 March protesters"), or a capitalised number inside a sentence
 * ("the Four Oaks regulars"), nor when a capitalised word is a function word ("3 The").
 */
export function capitalisedModifiersCount(
  body: string,
  m: RegExpExecArray,
  modifiers: readonly string[],
): boolean {
  const head = (m[3] ?? "").split(" ").at(-1) ?? "";
  // "10 Canadian dollars" is a sum (left to the money reader), not a count of coins.
  if (!/^[a-z]/.test(head) || CURRENCY_PLURALS.has(head)) return false;
  for (const w of modifiers) {
    if (!/^[A-Z]/.test(w)) continue;
    if (NUMBER_HEAD_BREAKS.has(w.toLowerCase())) return false;
    if (NAMED_THING_HEADS.has(w) || CALENDAR_WORDS.has(w)) return false;
  }
  const number = m[1] ?? "";
  const before = body.slice(Math.max(0, m.index - 40), m.index);
  if (/^[A-Z]/.test(number) && !SENTENCE_OPENING.test(before)) return false;
  if (/\b(?:at|[Nn]o\.)\s+$|#$/.test(before)) return false;
  // "six in 10 Norland voters" is a share, and its 10 no count.
  if (
    /\b(?:\d+|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine) (?:in|out of) $/.test(
      before,
    )
  )
    return false;
  return !numberAfterName(body, m.index);
}

/**
 * Whether a word ending in "men" is the plural of one ending in "man" ("gunmen", "policewomen"),
 * not a singular such as "specimen", "abdomen" or "omen": the "-man" form must be an English word.
 */
export function isMenPlural(word: string): boolean {
  if (!word.endsWith("men")) return false;
  const stem = word.slice(0, -3);
  return stem.length >= 2 && isEnglishWord(`${stem}man`);
}
