import { PREPOSITIONS } from "../../../lexicons/function-words.ts";
import { lastWordBefore } from "../../last-word.ts";
import { verbsIn } from "./day-values.ts";
import { namesIn } from "./written-names.ts";

/* Who does what a clause tells when the clause opens on its verb after a comma: its doer is written
 * before that comma, as the name a relative "who" or "which" stands for ("Ada Lund, who endorsed
 * the plan on Thursday") or as a subject set off from its verb by an aside ("Ivo Vint, the party
 * chairman, called the vote a sham on Monday"). */

/** Words that may stand between a clause's comma and its verb besides the day: time and adverbs. */
const BESIDE_THE_VERB = new Set([
  "on",
  "late",
  "early",
  "earlier",
  "later",
  "last",
  "this",
  "next",
  "week",
  "night",
  "morning",
  "afternoon",
  "evening",
  "also",
  "then",
  "again",
  "had",
  "has",
  "have",
]);

/** A relative pronoun that stands for the doer named before its comma (never "that": "said that"). */
const RELATIVE_DOER = new Set(["who", "which"]);

/** A name of capitalised words, or two joined by "and" ("Ada Lund and Ivo Vint"), ending a text. */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.\-/]*\s+)*\p{Lu}[\p{L}\p{N}'’.\-/]*`;
const NAMES_AT_END = new RegExp(String.raw`(${NAME}(?:\s+(?:and|&)\s+${NAME})*)\s*$`, "u");

/** The most asides a subject may be set off from its verb by ("Ada Lund, 45, a Democrat, …"). */
const MOST_ASIDES = 3;

/**
 * The names, by their last word, lower case, of the doer of a clause written before its comma:
 * `before` is the statement's text up to the clause, `subject` the clause's words before its first
 * verb (the verb the day dates), `day` the day's words. Empty unless the clause opens on that verb,
 * past a relative "who"/"which" and words of time, and the doer is named:
 * - a relative's: the name ending the text before its comma ("Governor Ivo Vint, who" → vint; not
 *   "the aide of Ada Lund, who": the relative may stand for the aide);
 * - past asides: the sentence's opening phrase, with no verb, when every phrase between it and the
 *   clause is an aside: no verb, or a relative before its first verb ("Ada Lund, a strategist who
 *   worked for the governor, called it a win on Friday" → lund).
 */
export function doerBeforeClause(
  before: string,
  subject: string,
  day: string,
  nameWords: ReadonlySet<string>,
): readonly string[] {
  const words =
    subject
      .replace(day, " ")
      .toLowerCase()
      .match(/[\p{L}'’]+/gu) ?? [];
  const relative = words[0] !== undefined && RELATIVE_DOER.has(words[0]);
  const rest = relative ? words.slice(1) : words;
  if (!rest.every((w) => BESIDE_THE_VERB.has(w) || /ly$/u.test(w))) return [];
  if (!/,\s*$/u.test(before)) return [];
  const head = before.replace(/,\s*$/u, "");
  return relative ? relativeDoer(head, nameWords) : subjectPastAsides(head, nameWords);
}

/** The names ending a text, when no preposition governs them ("of Ada Lund"). */
function relativeDoer(head: string, nameWords: ReadonlySet<string>): readonly string[] {
  const match = NAMES_AT_END.exec(head);
  if (!match) return [];
  const previous = lastWordBefore(head, match.index)?.toLowerCase();
  if (previous !== undefined && PREPOSITIONS.has(previous)) return [];
  return namesIn(match[1] ?? "", nameWords);
}

/** The opening phrase's names, when only asides stand between it and the clause. */
function subjectPastAsides(head: string, nameWords: ReadonlySet<string>): readonly string[] {
  const [opening, ...asides] = head.split(/[,;:]/u);
  if (opening === undefined || asides.length === 0 || asides.length > MOST_ASIDES) return [];
  if (/[;:]/u.test(head) || verbsIn(opening).length > 0) return [];
  const aside = (phrase: string) => {
    const relative = /^(.*?)\b(?:who|which|whose)\b/iu.exec(phrase);
    return verbsIn(relative ? (relative[1] ?? "") : phrase).length === 0;
  };
  if (!asides.every(aside)) return [];
  return namesIn(opening, nameWords);
}
