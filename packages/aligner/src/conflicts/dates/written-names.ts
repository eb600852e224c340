import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { PLACE_NAMES } from "../../../lexicons/places.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { isEnglishWord } from "../../extract/english-lexicon.ts";
import { lastWordBefore } from "../../last-word.ts";

/* The names a stretch of text writes, read by their last word: who a day's clause names as doer. */

/** A capitalised word, possibly hyphenated or with a slash ("ABC", "Vell-Orrin", "News/Post"). */
export const CAPITALISED = /\p{Lu}[\p{L}\p{N}'’.\-/]*/gu;

/** The names a text writes, by their last word, lower case, but those after a preposition. */
export function namesIn(subject: string, nameWords: ReadonlySet<string>): string[] {
  const names: string[] = [];
  let run: string[] = [];
  let runStart = 0;
  const close = () => {
    const last = run.at(-1);
    if (last !== undefined) {
      const previous = lastWordBefore(subject, runStart)?.toLowerCase();
      if (previous === undefined || !PREPOSITIONS.has(previous)) names.push(last.toLowerCase());
    }
    run = [];
  };
  let end = 0;
  for (const match of subject.matchAll(CAPITALISED)) {
    const word = match[0].replace(/[.]$/u, "").replace(/['’](?:s|ll|re|ve|d|m)$/iu, "");
    const at = match.index ?? 0;
    const opening = /^\W*$/u.test(subject.slice(0, at));
    const skipped =
      PRONOUNS.has(word.toLowerCase()) ||
      CALENDAR_WORDS.has(word) ||
      PLACE_NAMES.has(word) ||
      (opening && isEnglishWord(word.toLowerCase()) && !nameWords.has(word));
    if (run.length > 0 && (skipped || /\S/u.test(subject.slice(end, at)))) close();
    end = at + match[0].length;
    if (skipped) continue;
    if (run.length === 0) runStart = at;
    run.push(word);
  }
  close();
  return names;
}
