import { CALENDAR_WORDS } from "../../lexicons/calendar-words.ts";
import { DETERMINERS, PREPOSITIONS } from "../../lexicons/function-words.ts";

/**
 * "23 Korlandic fishermen", "two British sailors", "four U.S. soldiers", "six Internet cables": one
 * or two capitalised words (a demonym, a proper adjective, a name used as a modifier, an initialism)
 * between a number and the lowercase plural it counts. The counted noun is still the lowercase head,
 * so no list of demonyms is needed: the grammar (NUM PROPN NOUN) says what is counted. The group
 * ends with a space and may be empty (figures.ts reads counts without it as before).
 */
export const CAPITALISED_MODIFIERS =
  "((?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{2,4}|(?:[A-Z]\\.){2,3}) ){0,2})";

/** "at 5 PM officers arrived": a clock's words after a number tell when, not what. */
const CLOCK_WORD = /^(?:AM|PM|A\.M\.|P\.M\.|GMT|UTC|[ECMP][SD]T|BST|CET|KST|JST)$/;

/** The word right before the number, if capitalised: "Route 66", "Apollo 11", "No. 3". */
const CAPITALISED_BEFORE = /(?:^|\s)(\p{Lu}[\p{L}.]*)\s$/u;

/**
 * Whether the capitalised words after a number may be read as modifiers of what it counts. Not
 * when one names a month, a weekday or a clock's hour ("12 May students", "5 PM officers"), nor when
 * the number itself belongs to a name ("Route 66 Diner workers", "No. 3 Senate leaders"): a
 * capitalised word right before it that opens no noun phrase (a sentence's "The", "About" may).
 */
export function modifiersCount(body: string, numberStart: number, capitals: string): boolean {
  if (capitals === "") return true;
  const words = capitals.trim().split(" ");
  if (words.some((w) => CALENDAR_WORDS.has(w.replace(/\.$/, "")) || CLOCK_WORD.test(w)))
    return false;
  const before = CAPITALISED_BEFORE.exec(body.slice(Math.max(0, numberStart - 24), numberStart));
  if (before === null) return true;
  const word = (before[1] as string).toLowerCase();
  return DETERMINERS.has(word) || PREPOSITIONS.has(word);
}
