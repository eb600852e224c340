// Attribution layer, speaker ranker: what the words around a quotation say, read by
// candidate-features.ts (reporting verbs next to a mention, he/she cues, naming verbs).

import { AUXILIARY_VERBS, FORMS_OF_BE } from "../../../../lexicons/function-words.ts";
import { PHRASE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { ADVERBS, VERBS, wordsFrom } from "../sieve-words.ts";

/**
 * The word right after a mention (adverbs and auxiliaries skipped): 2 for a reporting verb, 1 for
 * another finite-looking verb ("blasted", "calls"), 0 otherwise.
 */
export function verbAfter(body: string, end: number): number {
  const words = wordsFrom(body, end, Math.min(body.length, end + 60), 4);
  for (const w of words) {
    const word = w.text;
    if (ADVERBS.has(word) || AUXILIARY_VERBS.has(word)) continue;
    if (VERBS.has(word)) return 2;
    return /^\p{Ll}{3,}(?:ed|es|s)$/u.test(word) ? 1 : 0;
  }
  return 0;
}

/** `said Roe`: a reporting verb right before a mention. */
export function reportingVerbBefore(body: string, start: number): boolean {
  const word = /(\p{Ll}+),?\s+$/u.exec(body.slice(Math.max(0, start - 20), start))?.[1];
  return word !== undefined && VERBS.has(word);
}

/** "they said", "it added", "we argued" in [start, end) outside every quotation. */
export function otherPronounReports(body: string, start: number, end: number): boolean {
  const outside = body.slice(start, end).replace(/[“"][^”"]*[”"]?/gu, " ");
  for (const m of outside.matchAll(/\b(?:[Tt]hey|[Ii]t|[Ww]e|I)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/gu))
    if (VERBS.has(m[1]!)) return true;
  return false;
}

/** A reporting verb in [start, end) outside every quotation. */
export function reportsOutsideQuotes(text: ArticleText, start: number, end: number): boolean {
  const outside = text.body.slice(start, end).replace(/[“"][^”"]*[”"]?/gu, " ");
  for (const word of outside.match(/\p{Ll}+/gu) ?? []) if (VERBS.has(word)) return true;
  return false;
}

export const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|their|its|this|our|my|your)\s*$/iu;
export const NAMING_BEFORE =
  /\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|label(?:s|led|ed|ing)?|term(?:s|ed)?|describ(?:es|ed|ing)|as)\s+(?:(?:him|her|it|them|itself|himself|herself|themselves|the|a|an)\s+)?$/u;

/** "he" or "she" outside the quotation in its sentence, nearest to the marks; null if none. */
export function pronounNear(
  body: string,
  start: number,
  end: number,
  quotation: Quotation,
): "he" | "she" | null {
  const before = /\b([Hh]e|[Ss]he)\b[^“”"]*$/u.exec(body.slice(start, quotation.open));
  if (before !== null) return before[1]!.toLowerCase() as "he" | "she";
  const after = /^[^“”"]*?\b([Hh]e|[Ss]he)\b/u.exec(body.slice(quotation.close + 1, end));
  return after === null ? null : (after[1]!.toLowerCase() as "he" | "she");
}

/** The reporting verb right after a mention (adverbs and auxiliaries skipped): its start and
 *  whether a form of "be" makes it passive ("Roe was asked", "Roe is said to"); null if none. */
export function reportingVerbAfterAt(
  body: string,
  end: number,
): { start: number; passive: boolean } | null {
  let be = false;
  for (const w of wordsFrom(body, end, Math.min(body.length, end + 60), 4)) {
    if (ADVERBS.has(w.text) || AUXILIARY_VERBS.has(w.text)) {
      if (FORMS_OF_BE.has(w.text)) be = true;
      continue;
    }
    return VERBS.has(w.text) ? { start: w.start, passive: be && !w.text.endsWith("ing") } : null;
  }
  return null;
}

/** The reporting verb right before a mention ("said Roe", "told Roe"): its start and whether it
 *  takes the mention as the one spoken to ("told", "asked"); null if none. */
export function reportingVerbBeforeAt(
  body: string,
  start: number,
): { start: number; addresses: boolean } | null {
  const from = Math.max(0, start - 20);
  const m = /(?<!\p{L})(\p{Ll}+),?\s+$/u.exec(body.slice(from, start));
  if (m === null || !VERBS.has(m[1]!)) return null;
  return { start: from + m.index, addresses: ADDRESSING.test(m[1]!) };
}

/** Reporting verbs whose object is the one spoken to, not the speaker ("told Roe", "asked Roe"). */
const ADDRESSING = /^(?:tell|tells|telling|told|ask|asks|asking|asked)$/u;

/** "Roe aides said", "the Roe campaign argued": a mention that names whose people speak, its next
 *  word lower-case and no verb, followed by a reporting or past-tense verb. */
export function modifiesSpeaker(body: string, end: number): boolean {
  const words = wordsFrom(body, end, Math.min(body.length, end + 60), 2);
  const [noun, verb] = words;
  if (noun === undefined || verb === undefined || noun.start !== end + 1) return false;
  if (!/^\p{Ll}+$/u.test(noun.text) || VERBS.has(noun.text)) return false;
  if (ADVERBS.has(noun.text) || AUXILIARY_VERBS.has(noun.text)) return false;
  return VERBS.has(verb.text) || /^\p{Ll}{3,}ed$/u.test(verb.text);
}

/**
 * The reporting verb in [start, end) outside every quotation that stands nearest the quotation's
 * marks (the verb that most likely introduces it): its start, or -1 when there is none.
 */
export function nearestReportingVerb(
  body: string,
  start: number,
  end: number,
  quotation: Quotation,
): number {
  // Quoted stretches are blanked, not removed, so offsets stay the body's.
  const outside = body.slice(start, end).replace(/[“"][^”"]*[”"]?/gu, (q) => " ".repeat(q.length));
  let best = -1;
  let distance = Number.POSITIVE_INFINITY;
  for (const m of outside.matchAll(/(?<!\p{L})\p{Ll}+/gu)) {
    if (!VERBS.has(m[0])) continue;
    const at = start + m.index;
    const d = at < quotation.open ? quotation.open - at : at - quotation.close;
    if (d >= 0 && d < distance) {
      distance = d;
      best = at;
    }
  }
  return best;
}

/** "asked by host Ada Roe": a mention that is the agent of a passive, a few words after "by". */
export function afterBy(body: string, start: number): boolean {
  return /\bby\s+(?:\p{Ll}+\s+){0,3}$/u.test(body.slice(Math.max(0, start - 40), start));
}

/** "the term “…”", "chants of “…”": a noun naming a phrase right before the opening mark. */
export const PHRASE_BEFORE = new RegExp(
  `\\b(?:${PHRASE_NOUNS.trim().split(/\s+/).join("|")})(?:\\s+of)?[\\s:,]*$`,
  "iu",
);
