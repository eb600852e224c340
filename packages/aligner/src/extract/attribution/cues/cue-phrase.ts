// Attribution layer: the subject phrase of a leading or trailing cue ("said Roe", "Roe wrote"),
// whether it can name a speaker at all, and the speaker it names.

import { CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PRONOUNS } from "../../../../lexicons/pronouns.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";

/** Capitalised words that open a clause or a quantity, not a speaker's name. */
const NOT_SUBJECT_STARTS = new Set(
  "When If As After Before While Because Although Though Since Until Unless Some Most Many All Few Several".split(
    " ",
  ),
);

/** Subjects that name nobody: a clause fragment, a quotation's own words, a determiner alone. */
export function plausibleSubject(phrase: string): boolean {
  const words = phrase.split(" ");
  const first = words[0]!;
  if (!/\p{L}/u.test(phrase) || CLAUSE_STARTERS.has(first) || NOT_SUBJECT_STARTS.has(first)) {
    return false;
  }
  if (words.length > 1 && /^(?:it|this|that|there|what|which|who)$/i.test(first)) return false;
  // A lowercase start that is no determiner or pronoun is a clause, not a subject ("would say").
  if (/^\p{Ll}/u.test(first) && !/^(?:the|a|an|his|her|their|its|one|another)$/.test(first)) {
    return words.length === 1 && PRONOUNS.has(first);
  }
  return true;
}

/** The phrase after an inverted verb: up to a comma, full stop, semicolon, colon or dash. */
export function phraseAfter(
  body: string,
  verbEnd: number,
  limit: number,
): { start: number; end: number } | null {
  let start = verbEnd;
  while (start < limit && body.charCodeAt(start) === 32) start += 1;
  let end = start;
  while (end < limit) {
    const c = body[end]!;
    if (c === "," || c === ";" || c === ":" || c === "—" || c === "(" || c === "\n") break;
    if (c === "." && !/(?:^|[\s.])(?:\p{Lu}|\p{Lu}\p{Ll}{1,3})$/u.test(body.slice(start, end))) {
      break;
    }
    end += 1;
  }
  while (end > start && body.charCodeAt(end - 1) === 32) end -= 1;
  if (end <= start || end - start > 80) return null;
  return { start, end };
}

/** The speaker a cue's subject names, or null: "I", "we", "they", "it" name nobody we know. */
export function resolve(
  body: string,
  start: number,
  end: number,
  registry: EntityRegistry,
): number | "ambiguous" | null {
  const phrase = body.slice(start, end);
  const lower = phrase.toLowerCase();
  if (PRONOUNS.has(lower)) {
    if (lower !== "he" && lower !== "she") return null;
    return registry.speakerPronounAt(start);
  }
  return registry.speakerFromPhrase(start, end);
}

/**
 * `,” said Ada Lund after meeting Ivo Vint.` / `,” wrote Ivo Vint in The Harbour Times.`: the end of
 * the name that opens an inverted cue's phrase, cut before the first preposition or subordinator
 * that follows a capitalised word (not "of": "Secretary of State Ada Lund", "Lund of Harbour
 * Watch" are read whole), when a person's mention ends there; else the phrase's end.
 */
export function invertedNameEnd(
  body: string,
  start: number,
  end: number,
  registry: EntityRegistry,
): number {
  const cut = nameEndBeforeClause(body, start, end);
  return cut < end && registry.personEndingAt(cut, true) !== null ? cut : end;
}

/** The offset before the first preposition or subordinator after a capitalised word, or `end`. */
function nameEndBeforeClause(body: string, start: number, end: number): number {
  const word = /[\p{L}][\p{L}.’'-]*/gu;
  word.lastIndex = start;
  let capitalised = false;
  for (let m = word.exec(body); m !== null && m.index < end; m = word.exec(body)) {
    if (capitalised && m[0] !== "of" && PREPOSITIONS.has(m[0])) {
      let cut = m.index;
      while (cut > start && body.charCodeAt(cut - 1) === 32) cut -= 1;
      return cut;
    }
    capitalised = /^\p{Lu}/u.test(m[0]);
  }
  return end;
}
