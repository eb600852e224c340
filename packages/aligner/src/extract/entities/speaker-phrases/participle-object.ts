// Entity layer: a name that is the object of a participle modifying the noun before it — "One
// deacon praising Mr. Vint, …, said", "Dockers cheering Lund declared" — is not the subject the
// phrase names: the deacon or the dockers speak, never Vint or Lund. Asked when a subject phrase or
// the name before an appositive is read as a speaker (speaker-phrases/phrases.ts, cue-subject.ts).

import { CALENDAR_WORDS, DAY_PARTS } from "../../../../lexicons/calendar-words.ts";
import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PARTY_WORDS } from "../../../../lexicons/party-words.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import { titleWords } from "../../titles.ts";

/** A lowercase "-ing" word of at least six letters ("cheering", not "king" or "wing"). */
const ING_WORD = /^[a-z]{3,}ing$/;

/**
 * "-ing" words that are no participle taking an object: indefinite pronouns, and nouns a name
 * may follow with no comma ("at the briefing Lund said" is read by the determiner rule below).
 */
const NOT_A_PARTICIPLE = new Set(["nothing", "something", "anything", "everything", "during"]);

/** A capitalised word of a name, an initial or an abbreviated title ("Mr.", "Sen.", "J."). */
const NAME_TOKEN = /^\p{Lu}[\p{L}.’'-]*$/u;

/** The word ending at `end` (after skipping spaces back), with its start; null at `lo` or at punctuation. */
function wordBefore(body: string, lo: number, end: number): { text: string; start: number } | null {
  let i = end;
  while (i > lo && body[i - 1] === " ") i -= 1;
  const stop = i;
  while (i > lo && /[\p{L}.’'-]/u.test(body[i - 1]!)) i -= 1;
  if (i === stop) return null;
  return { text: body.slice(i, stop), start: i };
}

/**
 * Whether the name ending at `nameEnd` (read back over its capitalised words and title) follows a
 * participle that itself follows a noun in the same phrase, with nothing but spaces between: the
 * name is then that participle's object. Not when a determiner, preposition, possessive or
 * calendar word stands before the "-ing" word ("the visiting Lund", "at the morning", "Monday
 * briefing"), which makes it an adjective or a noun.
 */
export function isParticipleObject(body: string, lo: number, nameEnd: number): boolean {
  let at = nameEnd;
  let word = wordBefore(body, lo, at);
  if (word === null || !NAME_TOKEN.test(word.text)) return false;
  while (word !== null && NAME_TOKEN.test(word.text)) {
    at = word.start;
    word = wordBefore(body, lo, at);
  }
  // "ranking Democrat Ed Moss", "acting Director Ann Berg": the "-ing" word qualifies a title.
  const first = titleWords(body.slice(at, at + 40).split(" ")[0]!)[0] ?? "";
  if (TITLE_HEADS.has(first) || TITLE_WORDS.has(first) || PARTY_WORDS.has(first)) return false;
  if (word === null || !ING_WORD.test(word.text) || NOT_A_PARTICIPLE.has(word.text)) return false;
  if (DAY_PARTS.has(word.text) || !/^ +$/.test(body.slice(word.start + word.text.length, at)))
    return false;
  const before = wordBefore(body, lo, word.start);
  if (before === null || !/^ +$/.test(body.slice(before.start + before.text.length, word.start)))
    return false;
  const lower = before.text.toLowerCase();
  if (DETERMINERS.has(lower) || PREPOSITIONS.has(lower) || CALENDAR_WORDS.has(before.text))
    return false;
  return !/[’']s$/.test(before.text);
}
