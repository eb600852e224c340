// Mention layer: a name followed by an age between commas ("Dario Lo Vetro, 52, was found") is a
// person's, whatever its given name: news writes an age after people only.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { COUNTRY_FORMS } from "../../../../lexicons/country-forms.ts";
import { DETERMINERS, PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { CAPITALISED_NAME_PARTICLES } from "../../../../lexicons/name-particles.ts";
import { INDEFINITE_PRONOUNS, PRONOUNS } from "../../../../lexicons/pronouns.ts";
import { isTitleWord } from "../speaker-phrases/rules.ts";

/** A name read before an age: its span and the words of it. */
export type AgedName = { start: number; end: number; words: string[] };

/** ", 52," / ", 11, and" / ", 34)": an age of one to three digits set off after a name. */
const AGE_AFTER = /, (\d{1,3})(?=,|\)| and | or )/g;
/** A capitalised name word ("Okafor", "O'Neill", "Smith-Jones") or an initial ("W."). */
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}’'-]*\p{Ll}|\p{Lu}\.|\p{Lu}[\p{Ll}]*\p{Lu}\p{Ll}+)$/u;
const MAX_WORDS = 4;

/** Country names and demonyms: "American" in "the American Ike Rahm, 35," describes him. */
const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRY_FORMS.flatMap(([, ...forms]) => forms.filter((f) => !f.includes(" "))),
);

/**
 * A capitalised word that describes or introduces a name rather than being part of it ("The",
 * "When", "Sen.", "American", "Monday"): never a name's first word when a name is read backwards
 * from what follows it (an age here, a country in ../not-people/country-named-organization.ts).
 */
export function describesAName(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    CLAUSE_STARTERS.has(word) ||
    DETERMINERS.has(lower) ||
    PREPOSITIONS.has(lower) ||
    PRONOUNS.has(lower) ||
    INDEFINITE_PRONOUNS.has(lower) ||
    CALENDAR_WORDS.has(word) ||
    COUNTRY_WORDS.has(word) ||
    isTitleWord(word.replace(/\.$/, ""))
  );
}

/**
 * Names written right before an age between commas, read back from the comma over at most four
 * capitalised words ("Ike Rahm, 35," → Ike Rahm; "police said Vetro, 49, fled" → Vetro), leading
 * descriptive words dropped ("American", "Officer", "The"). A one-word name whose lowercase form
 * the article also writes is a common word opening a sentence, not a name. Linear: one pass over
 * the article's ", <digits>" spots.
 */
export function findAgedNames(body: string): AgedName[] {
  const out: AgedName[] = [];
  let lowercase: Set<string> | null = null;
  AGE_AFTER.lastIndex = 0;
  for (let m = AGE_AFTER.exec(body); m !== null; m = AGE_AFTER.exec(body)) {
    const age = Number(m[1]);
    if (age < 1 || age > 119) continue;
    const words = wordsBefore(body, m.index);
    while (words.length > 0 && describesAName(words[0]!.text)) words.shift();
    // A name never ends in an initial or a particle ("… W., 52,").
    const last = words[words.length - 1];
    if (last === undefined || last.text.endsWith(".")) continue;
    // "Reid's, 33, acting abilities": a possessive's age belongs to the name the article gave.
    if (/[’']s$/.test(last.text)) continue;
    if (words.length === 1) {
      lowercase ??= lowercaseWords(body);
      if (lowercase.has(last.text.toLowerCase())) continue;
    }
    out.push({ start: words[0]!.start, end: last.end, words: words.map((w) => w.text) });
  }
  return out;
}

type Word = { text: string; start: number; end: number };

/** The capitalised words (and capitalised particles) ending at `end`, in text order. */
function wordsBefore(body: string, end: number): Word[] {
  const words: Word[] = [];
  let at = end;
  while (words.length < MAX_WORDS) {
    let start = at;
    while (start > 0 && !isSpaceOrBreak(body.charCodeAt(start - 1))) start -= 1;
    const text = body.slice(start, at);
    if (!NAME_WORD.test(text) && !CAPITALISED_NAME_PARTICLES.has(text)) break;
    words.unshift({ text, start, end: at });
    if (start === 0 || body.charCodeAt(start - 1) !== 32) break;
    at = start - 1;
  }
  return words;
}

function isSpaceOrBreak(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Every lowercase word of the article, read once when a one-word name needs checking. */
function lowercaseWords(body: string): Set<string> {
  return new Set(body.match(/(?<!\p{L})\p{Ll}[\p{L}’'-]*/gu) ?? []);
}
