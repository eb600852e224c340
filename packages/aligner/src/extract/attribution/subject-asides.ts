// Attribution layer: the asides a writer sets off by commas between a clause's subject and its
// verb — a relative clause ("Vint, who lost in 2010 to Ada Roe,"), an age ("Roe, 54,"), an
// appositive ("Roe, a former harbour master,"), an adverb ("Vint, meanwhile,") or a phrase
// ("Vint, in 2013,"). The subject before them is the verb's subject; a name inside them is what
// the aside is about, so a reader that skips them never takes a speaker from inside.

import { VERB_COORDINATORS } from "../../../lexicons/function-words.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import { plausibleSubject, resolve } from "./cues/cue-phrase.ts";
import { SPEECH_VERBS } from "./sieve-words.ts";

/** At most this many asides in a row: "Roe, 54, a former harbour master, said". */
const MAX_ASIDES = 2;

/** At most this many words in one aside. */
const MAX_ASIDE_WORDS = 16;

/** One aside: a comma, its words up to the next comma (no quotation, clause or dash marks). */
const ASIDE = /^\s*,\s*([^,;:“”"«»()—–\n]+?)\s*(?=,)/u;

/** What a second aside opens with: an age, a determiner or a relative ("Roe, 54, a pilot, said"). */
const NEXT_ASIDE = /^(?:\d{1,3}|a|an|the|who|whose|which)$/u;

/** A party or place label in parentheses right after the name: "Ada Roe (D-Norland)". */
const LABEL = /^\s*\([^()\n]{1,40}\)/u;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;

/**
 * Where the verb's words may start after the subject ending at `from`: past a parenthesised
 * label and up to two comma-set asides, before `limit`. `from` itself when there is no aside.
 * Null when a comma follows but what it opens is no aside this reader may skip: a capitalised word
 * (a list of names, "Roe, Vint and Moss"), a coordinator ("Roe, and later Vint,"), a reporting
 * or judging verb (the aside speaks for someone: "Roe, who Vint said was unfit,"), or too many words.
 */
export function pastSubjectAsides(body: string, from: number, limit: number): number | null {
  let at = from;
  const label = LABEL.exec(body.slice(at, limit));
  if (label !== null) at += label[0].length;
  if (!/^\s*,/u.test(body.slice(at, limit))) return at;
  for (let n = 0; n < MAX_ASIDES; n += 1) {
    const aside = ASIDE.exec(body.slice(at, limit));
    const words = aside?.[1] ?? "";
    // A later aside only where it opens as one; else the comma ends the asides.
    if (n > 0 && !NEXT_ASIDE.test(words.split(/\s/u)[0]!)) break;
    if (aside === null || !skippable(words)) return n === 0 ? null : commaEnd(body, at);
    at += aside[0].length;
  }
  return commaEnd(body, at);
}

/** Just past the comma (and spaces) at `at`. */
function commaEnd(body: string, at: number): number {
  return at + (/^\s*,\s*/u.exec(body.slice(at))?.[0].length ?? 0);
}

/** An aside's words: opening lowercase or with an age, none a reporting verb, a few words only. */
function skippable(words: string): boolean {
  const list = words.match(WORD) ?? [];
  if (list.length === 0 || list.length > MAX_ASIDE_WORDS) return false;
  const first = list[0]!;
  if (!/^(?:\p{Ll}|\d{1,3}$)/u.test(first) || VERB_COORDINATORS.has(first) || first === "or")
    return false;
  return !list.some((w) => SPEECH_VERBS.has(w));
}

/** A short quotation inside an aside: a title or a slogan ("star of “Harbour Nights,”"). */
const SHORT_QUOTATION = /[“"][^“”"\n;:!?.,]{1,40},?[”"]/gu;

/**
 * The subject opening the sentence at `start` when every quotation before `open` stands inside an
 * aside right after it: `Ivo Vint, star of the show “Harbour Nights,” thanked Roe for “…”`. The
 * subject is one to five capitalised words; the aside opens lowercase, holds only short
 * quotations naming a title or a slogan (not the subject's words) and closes on a comma, inside
 * the closing mark or after it; `verb` is where the lowercase word after it starts. Null otherwise.
 */
export function subjectBeforeQuotedAside(
  body: string,
  start: number,
  open: number,
): { start: number; end: number; verb: number } | null {
  const m = SUBJECT_THEN_ASIDE.exec(body.slice(start, open));
  if (m === null) return null;
  const aside = m[2]!;
  const blanked = aside.replace(SHORT_QUOTATION, "");
  if (blanked === aside || /[“”"]|''/.test(blanked)) return null;
  if (!skippable(blanked.replace(/,\s*$/u, ""))) return null;
  const subjectStart = start + m[0].length - m[0].trimStart().length;
  return {
    start: subjectStart,
    end: subjectStart + m[1]!.length,
    verb: start + m[0].length - 1,
  };
}

/** Capitalised subject words, a comma, an aside up to a comma, then a lowercase word. */
const SUBJECT_THEN_ASIDE =
  /^\s*((?:\p{Lu}[\p{L}.’'-]*\s+){0,4}\p{Lu}[\p{L}’'-]*)\s*,\s*(\p{Ll}[^;:()—–\n]*?,[”"]?)\s+\p{Ll}/u;

/** The subject before a quoted aside, as the registry reads its words; null when unsure. */
export function asideSubject(
  body: string,
  registry: EntityRegistry,
  span: { start: number; end: number },
): number | null {
  if (!plausibleSubject(body.slice(span.start, span.end))) return null;
  const speaker = resolve(body, span.start, span.end, registry);
  return typeof speaker === "number" ? speaker : null;
}

/** ", who Ada Roe": a relative set off by a comma after a name, whose own subject is a name. */
const OBJECT_RELATIVE = /[A-Z][\w.’'-]*,\s+whom?\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?:[a-z]+ly\s+)?$/u;

/**
 * Whether the verb at `verbStart` is said inside an aside by a name after "who": `Vint, who Ada Roe
 * said was unfit, chided …` — its words end with the aside; what follows is the subject's.
 */
export function verbInObjectRelative(body: string, verbStart: number): boolean {
  return OBJECT_RELATIVE.test(body.slice(Math.max(0, verbStart - 60), verbStart));
}
