import type { DateReference } from "@parallax/core";
import { CALENDAR_WORDS, DAY_PARTS } from "../../../lexicons/calendar-words.ts";
import {
  COUNTERPART_PREPOSITIONS,
  ENCOUNTER_FORMS,
  TRANSITIVE_ENCOUNTERS,
} from "../../../lexicons/event-words.ts";
import {
  DEPENDENT_DETERMINERS,
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
} from "../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../lexicons/pronouns.ts";
import { TITLE_ABBREVIATIONS } from "../../../lexicons/title-abbreviations.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { happeningKey } from "../happenings/verbs.ts";

/* Whom or where an encounter met (issue 12, conflict audit: a candidate's many meetings and
 * speeches of one campaign — "spoke with Vint on Tuesday", "speaks at a harbour conference on
 * Friday", "the meeting of the Norland delegates on Saturday" — set against each other as one
 * happening given two days). A meeting, speech, talk or visit is told by its counterpart; two
 * outlets naming two different counterparts tell two encounters. */

/** Each written form of an encounter word → its lemma. */
const FORM_LEMMA = new Map(
  [...ENCOUNTER_FORMS].flatMap(([lemma, forms]) => forms.map((f) => [f, lemma] as const)),
);
/** The happening keys the encounter words are dated under (the verb's and the noun's). */
const ENCOUNTER_KEYS = new Set([...FORM_LEMMA.keys()].map((form) => happeningKey(form)));

/** How far from the day its encounter word may stand, in characters. */
const REACH = 80;
/** The most words read after the encounter word for its preposition or object. */
const LEAD_WORDS = 6;
/** The most words of a counterpart's noun phrase. */
const PHRASE_WORDS = 6;

const FORMS = new RegExp(
  `(?<![\\p{L}'’-])(?:${[...FORM_LEMMA.keys()].join("|")})(?![\\p{L}'’-])`,
  "giu",
);
const STOP = /[,.;:!?()"“”—–]/u;

/** Words that say when or how, skipped between an encounter word and its counterpart. */
function skippable(word: string): boolean {
  const w = word.toLowerCase();
  return (
    w === "" ||
    w === "on" ||
    w === "late" ||
    w === "early" ||
    w === "there" ||
    w === "privately" ||
    /ly$/u.test(w) ||
    CALENDAR_WORDS.has(word) ||
    DAY_PARTS.has(w)
  );
}

/**
 * The content words of a counterpart's noun phrase, a plural's "s" cut: a common noun in lower
 * case, a name as written.
 */
function contentWords(tokens: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens.slice(0, PHRASE_WORDS)) {
    const w = token.replace(/['’]s$/u, "").replace(/[^\p{L}-]/gu, "");
    const lower = w.toLowerCase();
    if (w.length < 3 || TITLE_ABBREVIATIONS.has(w) || CALENDAR_WORDS.has(w)) continue;
    if (DETERMINERS.has(lower) || PRONOUNS.has(lower) || lower === "and") continue;
    // A name keeps its capital: "Action Network" is not written by "actions".
    words.add((/^\p{Lu}/u.test(w) ? w : lower).replace(/s$/u, ""));
  }
  return words;
}

/** The noun phrase's tokens from `start`: up to a preposition, a participle or a verb of "be". */
function phraseFrom(tokens: readonly string[], start: number): string[] {
  const phrase: string[] = [];
  for (const token of tokens.slice(start, start + PHRASE_WORDS)) {
    const lower = token.toLowerCase();
    if (PREPOSITIONS.has(lower) || FORMS_OF_BE.has(lower)) break;
    if (phrase.length > 0 && /^\p{Ll}+(?:ed|ing)$/u.test(token)) break;
    phrase.push(token);
  }
  return phrase;
}

/**
 * The counterpart an encounter word names after it, as content words: the noun phrase after
 * "with", "to", "at", "of", "before" or "in" ("spoke with Mr. Vint", "a meeting Tuesday of the
 * harbour board", "a visit to Orvale"), or a transitive one's object ("met Ada Lund"); through
 * "to" and another encounter ("a visit Monday to speak to the Velden Club"). Null when none is
 * read ("spoke Monday night", "meeting to try to settle it": an infinitive names no one).
 */
function counterpartAfter(text: string, lemma: string): Set<string> | null {
  const clause = text.split(STOP)[0] ?? "";
  const tokens = clause.split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < tokens.length && i < LEAD_WORDS && skippable(tokens[i] as string)) i += 1;
  const first = tokens[i];
  if (first === undefined) return null;
  const lower = first.toLowerCase();
  if (COUNTERPART_PREPOSITIONS.has(lower)) {
    const next = tokens[i + 1] ?? "";
    const nextLemma = FORM_LEMMA.get(next.toLowerCase());
    if (lower === "to" && nextLemma !== undefined)
      return counterpartAfter(tokens.slice(i + 2).join(" "), nextLemma);
    // "to" before a lower-case word that opens no noun phrase is an infinitive ("to try").
    if (
      lower === "to" &&
      /^\p{Ll}/u.test(next) &&
      !DEPENDENT_DETERMINERS.has(next) &&
      !DETERMINERS.has(next) &&
      !/s$/u.test(next)
    )
      return null;
    const words = contentWords(phraseFrom(tokens, i + 1));
    return words.size > 0 ? words : null;
  }
  if (TRANSITIVE_ENCOUNTERS.has(lemma) && (DETERMINERS.has(lower) || /^\p{Lu}/u.test(first))) {
    const words = contentWords(phraseFrom(tokens, DETERMINERS.has(lower) ? i + 1 : i));
    return words.size > 0 ? words : null;
  }
  return null;
}

/**
 * The counterpart of the encounter a day dates: the encounter word nearest the day in its
 * sentence, read after it with the day itself left out. Null when the happening is no encounter or
 * no counterpart is written.
 */
export function encounterCounterpart(
  unit: AlignUnit,
  date: DateReference,
  action: string,
): Set<string> | null {
  if (!ENCOUNTER_KEYS.has(action)) return null;
  const from = date.span.start - unit.span.start;
  const to = date.span.end - unit.span.start;
  if (from < 0 || to > unit.text.length) return null;
  const text = withoutAbbreviationStops(
    `${unit.text.slice(0, from)}${" ".repeat(to - from)}${unit.text.slice(to)}`,
  );
  let best: { at: number; end: number; lemma: string } | null = null;
  for (const m of text.matchAll(FORMS)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const gap = at >= to ? text.slice(to, at) : end <= from ? text.slice(end, from) : "";
    if (/[.;!?]/u.test(gap) || gap.length > REACH) continue;
    const lemma = FORM_LEMMA.get(m[0].toLowerCase()) as string;
    if (best === null || Math.abs(at - from) < Math.abs(best.at - from)) best = { at, end, lemma };
  }
  return best === null ? null : counterpartAfter(text.slice(best.end), best.lemma);
}

/**
 * The text with the full stop of an abbreviation ("Mr.", "Sen.", "St.", an initial) made a space,
 * offsets kept: it ends no sentence, and "with Mr. Vint" is one phrase.
 */
function withoutAbbreviationStops(text: string): string {
  return text.replace(/(?<![\p{L}])(\p{Lu}\p{Ll}{0,3})\./gu, (m, word: string) =>
    TITLE_ABBREVIATIONS.has(word) || word.length === 1 || word === "St" ? `${word} ` : m,
  );
}

/** Whether a statement writes any of the words, as words or their plurals; a name as written. */
function writesAny(unit: AlignUnit, words: ReadonlySet<string>): boolean {
  for (const w of words)
    if (
      new RegExp(
        `(?<![\\p{L}])${escapeRegExp(w)}s?(?![\\p{L}])`,
        // A name as written, a common noun in any case.
        /^\p{Lu}/u.test(w) ? "u" : "iu",
      ).test(unit.text)
    )
      return true;
  return false;
}

/**
 * Whether two days date two encounters: each names its counterpart, they share no word, and not
 * each statement writes the other's ("Vint met Lund on Monday" / "Lund met Vint on Tuesday" is one
 * meeting told from both sides). Or only one names a counterpart and the other statement never
 * writes it, or neither names one: a campaign holds many meetings and speeches, so an encounter is
 * known as one only by whom or where it met ("The board had its first meeting Wednesday" / "the
 * meeting of the Norland delegates on Saturday"; "Lund spoke Monday night" / "Lund gave a speech
 * Tuesday night": issue 12, conflict audit, BUILD half).
 */
export function counterpartsDiffer(
  a: AlignUnit,
  x: DateReference,
  b: AlignUnit,
  y: DateReference,
  action: string,
): boolean {
  if (!ENCOUNTER_KEYS.has(action)) return false;
  const p = encounterCounterpart(a, x, action);
  const q = encounterCounterpart(b, y, action);
  if (p === null && q === null) return true;
  if (p === null) return !writesAny(a, q as Set<string>);
  if (q === null) return !writesAny(b, p);
  const lower = new Set([...q].map((w) => w.toLowerCase()));
  for (const w of p) if (lower.has(w.toLowerCase())) return false;
  return !(writesAny(a, q) && writesAny(b, p));
}
