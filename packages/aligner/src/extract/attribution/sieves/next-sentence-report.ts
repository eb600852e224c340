import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { ADVERBS, lineEnd, wordsFrom } from "../sieve-words.ts";

/**
 * `“We are done.” Roe said the board would vote again.`: after a quotation that ends its
 * sentence, a subject and reporting verb that go on to their own content (a "that" clause, a
 * clause with its own subject, an object) open the next sentence's report; they are not the
 * quotation's trailing cue. The cue of `“We are done,” Roe said.` or `“We are done.” Roe said on
 * Monday.` ends at the verb or goes on with a preposition and keeps its quotation.
 *
 * `close` is the quotation's closing mark, `verbEnd` the end of the cue's verb.
 */
export function opensNextReport(body: string, close: number, verbEnd: number): boolean {
  if (!closesSentence(body, close)) return false;
  if (!/^ +\S/.test(body.slice(verbEnd, verbEnd + 2))) return false;
  const verb = body.slice(body.lastIndexOf(" ", verbEnd - 1) + 1, verbEnd);
  const words = wordsFrom(body, verbEnd, lineEnd(body, verbEnd, 80), 4);
  let k = 0;
  while (k < words.length && ADVERBS.has(words[k]!.text)) k += 1;
  const next = words[k];
  // A comma or stop right after the verb ("Roe said, adding …") is no content.
  if (next === undefined || body.slice(words[k - 1]?.end ?? verbEnd, next.start).trim() !== "")
    return false;
  if (next.text === "that" || CLAUSE_SUBJECTS.has(next.text)) return true;
  // "Roe told the crowd." — a verb of telling takes its listener as object; other verbs'
  // object is what they report ("Roe announced a new plan").
  return DETERMINERS.has(next.text) && !NUMBERS.has(next.text) && !LISTENER_VERBS.has(verb);
}

/**
 * The quotation closing at `close` ends its sentence: a full stop, question or exclamation mark
 * before the closing mark (`.”`), also when the mark is two apostrophes (`.''`).
 */
export function closesSentence(body: string, close: number): boolean {
  return /[.?!][' ]?$/.test(body.slice(Math.max(0, close - 2), close));
}

/** Pronouns that open a reported clause as its subject ("Roe said they would …"). */
const CLAUSE_SUBJECTS = new Set("he she they we it there".split(" "));

/** Determiners that are numbers: "Roe said one day later" is no object. */
const NUMBERS = new Set("one two three four five six seven eight nine ten".split(" "));

/** Reporting verbs whose object is the person spoken to ("told the crowd", "asked the judge"). */
const LISTENER_VERBS = new Set(
  "tell tells told ask asks asked warn warns warned urge urges urged reply replies replied".split(
    " ",
  ),
);
