// Attribution sieve: a quotation in the predicate of a subordinate clause inside its sentence.

import {
  AUXILIARY_VERBS,
  DETERMINERS,
  PREPOSITIONS,
  SUBORDINATORS,
  VERB_COORDINATORS,
} from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { MentionRecord } from "../../entities/entity-records.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { speaksAsPerson } from "../../entities/not-people/group-or-body-name.ts";
import { QUOTATION_MARK_OR_APOSTROPHES, type Quotation } from "../../quotation-marks.ts";
import { quotationLead } from "../quotation-lead.ts";
import { wordPattern } from "../sentence-words.ts";
import { ADVERBS, SPEECH_VERBS } from "../sieve-words.ts";
import { pastSubjectAsides } from "../subject-asides.ts";
import { laterCue } from "./main-clause-subject.ts";
import { predicateHasOwnSubject } from "./predicate-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = wordPattern();

/** Subordinators whose clause has a subject of its own, and "once" ("once Lund in her speech …"). */
const SUBORDINATOR_WORDS: ReadonlySet<string> = new Set([...SUBORDINATORS, "once"]);

/** Words a relative or another clause opens with inside the predicate. */
const OTHER_CLAUSE = new Set(["who", "whom", "whose", "which", "where"]);

/** A name set off by commas inside a predicate: ", Ed Moss,". */
const APPOSITIVE_NAME = /,\s*(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*\s*,/gu;

/** At most this many words of a prepositional phrase between the subject and its verb. */
const PHRASE_WORDS = 5;

/**
 * The speaker of a quotation inside a subordinate clause that opens mid-sentence: `The row began
 * when Lund in her first speech called the dockers “thieves”` / `It echoes June, when Vint
 * assailed a judge, Ed Moss, for his “bias.”` The last subordinator before the mark (not the
 * sentence's first word: the main-clause sieve reads an opening one) is followed straight by a
 * person or organisation the registry knows (title words allowed), then adverbs, auxiliaries or
 * one short prepositional phrase, then a verb of saying or judging; asides set off by commas after
 * the subject are read past (../subject-asides.ts). Abstains when the predicate
 * up to the mark opens another clause ("who", "which", a subject of its own), holds a second
 * reporting verb not joined by "and"/"but"/"then", or a reporting verb follows the quotation.
 */
export function subordinateClauseSubject(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const sentence = quotationLead(text, quotation.open, 400, QUOTATION_MARK_OR_APOSTROPHES);
  if (sentence === null) return null;
  const { lead } = sentence;
  let clauseStart = -1;
  let relative = false;
  let previous = "";
  for (const m of lead.matchAll(WORD)) {
    if (m.index > 0 && SUBORDINATOR_WORDS.has(m[0])) {
      clauseStart = sentence.start + m.index + m[0].length;
      relative = false;
    } else if (m[0] === "which" && PREPOSITIONS.has(previous)) {
      clauseStart = sentence.start + m.index + m[0].length;
      relative = true;
    }
    previous = m[0].toLowerCase();
  }
  if (clauseStart < 0) return null;
  const mention = registry.mentions[registry.firstFrom(clauseStart)];
  if (mention === undefined || mention.start >= quotation.open) return null;
  const pronoun = mention.form === "pronoun";
  if (
    pronoun
      ? !/^\s+$/.test(body.slice(clauseStart, mention.start))
      : relative ||
        !/^\s+(?:(?:[Tt]he|\p{Lu}[\p{L}.’'-]*)\s+){0,4}$/u.test(
          body.slice(clauseStart, mention.start),
        )
  )
    return null;
  if (mention.inQuote || mention.possessive) return null;
  const speaker = pronoun ? clauseHeShe(registry, mention) : namedSubject(body, mention);
  if (speaker === null) return null;
  const kind = registry.kindOf(speaker);
  if (!registry.canSpeak(speaker)) return null;
  if (kind === "person" && !speaksAsPerson(kind, registry.entities[speaker]!.name)) return null;
  // "…, when Mr. Vint, who had lost the primary, called for …": the subject before an aside speaks.
  const subjectEnd = pastSubjectAsides(body, mention.end, quotation.open);
  if (subjectEnd === null) return null;
  // The verb: past adverbs, auxiliaries and one short prepositional phrase, no punctuation.
  const words = [...body.slice(subjectEnd, quotation.open).matchAll(WORD)];
  let k = 0;
  let phraseWords = -1;
  for (; k < words.length; k += 1) {
    const w = words[k]![0];
    if (SPEECH_VERBS.has(w)) break;
    if (phraseWords < 0 && (ADVERBS.has(w) || AUXILIARY_VERBS.has(w) || /^\p{Ll}+ly$/u.test(w)))
      continue;
    // "Lund in her first speech called": one prepositional phrase of lowercase words.
    if (phraseWords < 0 && PREPOSITIONS.has(w)) phraseWords = 0;
    else if (phraseWords >= 0 && /^\p{Ll}/u.test(w) && phraseWords < PHRASE_WORDS) phraseWords += 1;
    else return null;
  }
  const verb = words[k];
  if (verb === undefined || verb[0].endsWith("ing")) return null;
  const verbStart = subjectEnd + verb.index;
  const verbEnd = verbStart + verb[0].length;
  if (/[,;:()—–]/.test(body.slice(subjectEnd, verbStart))) return null;
  // The predicate: no other clause, no second speaker's verb.
  const predicate = body.slice(verbEnd, quotation.open);
  if (/[;:—–]/.test(predicate) || predicateHasOwnSubject(predicate)) return null;
  // "Since Lund endorsed Vint, Moss has been …": a comma ends the subordinate clause; only a
  // name set off by two commas ("a judge, Ed Moss, for") stands inside its predicate.
  if (predicate.replace(APPOSITIVE_NAME, " ").includes(",")) return null;
  let before = verb[0];
  for (const w of predicate.matchAll(WORD)) {
    const word = w[0];
    if (OTHER_CLAUSE.has(word)) return null;
    if (
      SPEECH_VERBS.has(word) &&
      !word.endsWith("ing") &&
      !DETERMINERS.has(before) &&
      !VERB_COORDINATORS.has(before)
    )
      return null;
    before = word.toLowerCase();
  }
  if (laterCue(text, quotation.close, sentence.end)) return null;
  return { speaker, start: mention.start, end: verbEnd };
}

/** The person a name subject is, unless it is ambiguous or a possessor ("when Lund’s aide …"). */
function namedSubject(body: string, mention: MentionRecord): number | null {
  if (mention.ambiguous || mention.entity === null) return null;
  if (/^[’']s?\s/u.test(body.slice(mention.end, mention.end + 3))) return null;
  return mention.entity;
}

/**
 * A he/she right after the subordinator or "in which" (`… even though he told the board it was
 * “…”`, `His speech, in which he joked about Roe’s “…”`): the one person the speaking pronoun
 * resolves to, as it would for `“…,” he said`; none when it is ambiguous or unread.
 */
function clauseHeShe(registry: EntityRegistry, mention: MentionRecord): number | null {
  const word = registry.text.body.slice(mention.start, mention.end).toLowerCase();
  if (word !== "he" && word !== "she") return null;
  const found = registry.speakerPronounAt(mention.start);
  return typeof found === "number" && registry.kindOf(found) === "person" ? found : null;
}
