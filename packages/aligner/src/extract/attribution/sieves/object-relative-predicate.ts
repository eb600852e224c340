// Attribution layer, part of the relative-clause sieve: a quotation in the active predicate of an
// object relative clause whose subject is a named person or organisation ("the crews, both of
// which Ada Lund praised on Tuesday “for keeping the port open”", "a view that one historian,
// Ivo Vint, calls “the root of our politics”"): the words are that subject's, as they would be in
// the main clause (scare-quote.ts), whatever the verb.

import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { SPEECH_VERBS, VERBS } from "../sieve-words.ts";
import { voicedBySubject } from "./scare-quote.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * The last object relative before the mark, "which", "whom" or "what" ("that" is left out: after
 * a verb or a claim noun it opens reported content, someone else's words), then the
 * subject — the fewest capitalised words, "the" and lowercase title words before a capitalised
 * last word ("harbour historian Ivo Vint") —
 * an optional -ly adverb, a finite verb, and the words up to the mark with no punctuation that
 * would open another clause or quotation.
 */
const OBJECT_RELATIVE =
  /\b(\p{L}+)\s+(which|whom|what)\s+((?:(?:the|The)\s+)?(?:(?:\p{Lu}[\p{L}’'.-]*|\p{Ll}+(?=(?:\s+\p{Ll}+)*\s+\p{Lu}))\s+){0,5}?\p{Lu}[\p{L}’'-]*)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,})\b([^,;:()“”"—–]*)$/u;

/**
 * `which Ada Lund praised on Tuesday “for …”` → Lund, when the verb is finite (an -ed, irregular
 * past or third-person form, or a verb of saying), no second reporting verb stands between it and
 * the mark, and the quotation sits in its active predicate (`voicedBySubject`) unless the verb is
 * one of saying. Only a person or organisation the registry knew before quotes were read.
 */
export function objectRelativePredicate(
  body: string,
  sStart: number,
  open: number,
  inner: string,
  knownSpeaker: (start: number, end: number) => number | null,
): SieveFinding | null {
  const lead = body.slice(sStart, open);
  const m = OBJECT_RELATIVE.exec(lead);
  if (m === null) return null;
  const [, before, pronoun, subject, verb, rest] = m as unknown as string[];
  if (!isFiniteForm(verb!)) return null;
  for (const word of rest!.match(/\p{L}+/gu) ?? []) if (VERBS.has(word)) return null;
  const subjectStart = sStart + m.index + m[0].indexOf(subject!, before!.length + pronoun!.length);
  const verbStart = sStart + m.index + m[0].length - rest!.length - verb!.length;
  if (!SPEECH_VERBS.has(verb!) && !voicedBySubject(body, verbStart, open, inner)) return null;
  const speaker = knownSpeaker(subjectStart, subjectStart + subject!.length);
  if (speaker === null) return null;
  return { speaker, start: subjectStart, end: open };
}

function isFiniteForm(word: string): boolean {
  if (DETERMINERS.has(word) || word.endsWith("ing")) return false;
  if (IRREGULAR_PAST.has(word) || VERBS.has(word)) return true;
  return /^\p{Ll}{2,}(?:ed|[^su]s)$/u.test(word);
}
