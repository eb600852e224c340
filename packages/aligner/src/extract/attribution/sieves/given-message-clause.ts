// Attribution layer, a sieve after the participle clause: a quotation in the relative clause of a
// message its sentence's subject gives out — `The Harbour Board released a statement that accused
// the council of “wasting time.”`, `Ada Lund did not back down, issuing a statement that, while
// regretting the delay, called the plan “a slow disaster.”` The message speaks its author's
// words, so the verb of saying whose subject is the message ("that accused") is the author's.

import { GIVING_VERB_FORMS, MESSAGE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { opensOnPossessor, possessorNotSpeaker } from "../possessor-subject.ts";
import { type SentenceWord, sentenceWords } from "../sentence-words.ts";
import { SPEECH_VERBS } from "../sieve-words.ts";
import { quotationSentence } from "./after-dateline.ts";
import { laterCue } from "./main-clause-subject.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const GIVING_FORMS = GIVING_VERB_FORMS.trim().split(/\s+/);
/** The finite forms of the verbs of giving out a message, and their -ing forms after a comma. */
const GIVING: ReadonlySet<string> = new Set(GIVING_FORMS);
/** A base form is the one whose "-s" or "-es" form is listed too ("issue", "publish"). */
const GIVING_PARTICIPLES: ReadonlySet<string> = new Set(
  GIVING_FORMS.filter((w) => GIVING.has(`${w}s`) || GIVING.has(`${w}es`)).map((w) =>
    w === "put" ? "putting" : `${w.replace(/e$/, "")}ing`,
  ),
);
const MESSAGES: ReadonlySet<string> = new Set(MESSAGE_NOUNS.trim().split(/\s+/));

/** At most this many words between the verb of giving and its message noun ("a brief written"). */
const MAX_NOUN_GAP = 4;

/**
 * The author of the message whose relative clause quotes `quotation`: in its sentence, a verb of
 * giving (finite, or its participle after a comma) takes as object a message noun right followed
 * by "that" or ", which", whose clause opens — past one aside set off by commas — on a finite verb
 * of saying or judging, the only one before the quotation. The author is the sentence's subject
 * (`clauseSubject`), a person or organisation the registry knows. Abstains on an earlier quotation
 * in the sentence, a semicolon, a cue after the quotation, a possessor opening the sentence, or a
 * message with an owner of its own (`released Vint's letter that …`, `a statement from Vint`).
 */
export function givenMessageClause(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const { body } = text;
  const open = quotation.open;
  const sentence = quotationSentence(text, open);
  if (sentence === null) return null;
  const sStart = sentence.start;
  if (body.slice(sStart, open).includes(";")) return null;
  const words: SentenceWord[] = [];
  for (const w of sentenceWords(text, sStart, open)) {
    if (w.quoted) return null;
    words.push(w);
  }
  const verb = messageVerb(body, words);
  if (verb === null) return null;
  if (laterCue(text, quotation.close, sentence.end)) return null;
  const giving = words[verb.giving]!;
  if (opensOnPossessor(body.slice(sStart, giving.at))) return null;
  const speaker = clauseSubject(registry, body, sStart, giving.at);
  if (typeof speaker !== "number") return null;
  if (!registry.canSpeak(speaker) || registry.kindOf(speaker) === "place") return null;
  if (possessorNotSpeaker(registry, speaker, sStart, giving.at)) return null;
  const said = words[verb.said]!;
  return { speaker, start: said.at, end: said.at + said.word.length };
}

/** The indices of the verb of giving and of the message clause's verb of saying, or null. */
function messageVerb(body: string, words: SentenceWord[]): { giving: number; said: number } | null {
  let found: { giving: number; said: number } | null = null;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    const lower = w.word.toLowerCase();
    const participle = GIVING_PARTICIPLES.has(lower);
    if (!participle && !GIVING.has(lower)) continue;
    // "…, releasing a statement": the participle hangs on the main clause after its comma.
    if (participle && !/,\s*$/.test(body.slice(Math.max(0, w.at - 3), w.at))) continue;
    const noun = messageNoun(words, i);
    if (noun < 0) continue;
    const said = relativeVerb(body, words, noun);
    if (said < 0) continue;
    // Two such clauses, or a second verb of saying after the clause's: no one reading.
    if (found !== null) return null;
    found = { giving: i, said };
  }
  if (found === null) return null;
  for (let k = found.said + 1; k < words.length; k += 1)
    if (SPEECH_VERBS.has(words[k]!.word) && !words[k]!.word.endsWith("ing")) return null;
  return found;
}

/** The index of the message noun the verb at `i` takes as object, with no owner; else -1. */
function messageNoun(words: SentenceWord[], i: number): number {
  for (let j = i + 1; j <= i + 1 + MAX_NOUN_GAP && j < words.length; j += 1) {
    const word = words[j]!.word;
    // "released Vint's letter", "a statement from Vint": the message is someone else's.
    if (/['’]s?$/u.test(word) || /^\p{Lu}/u.test(word)) return -1;
    if (MESSAGES.has(word)) return j;
    if (word === "from" || word === "by" || SPEECH_VERBS.has(word)) return -1;
  }
  return -1;
}

/**
 * The index of the finite verb of saying or judging opening the relative clause after the noun
 * at `j` ("that accused", "that, while regretting the delay, called", ", which said"); else -1.
 */
function relativeVerb(body: string, words: SentenceWord[], j: number): number {
  const relative = words[j + 1];
  if (relative === undefined) return -1;
  const gap = body.slice(words[j]!.at + words[j]!.word.length, relative.at);
  const word = relative.word.toLowerCase();
  if (!((word === "that" && /^\s+$/.test(gap)) || (word === "which" && /^,\s+$/.test(gap))))
    return -1;
  let k = j + 2;
  const afterRelative = body.slice(relative.at + relative.word.length, words[k]?.at ?? 0);
  if (/^,\s*$/.test(afterRelative)) {
    // One aside set off by commas: "that, while regretting the delay, called …".
    while (k < words.length && !/,\s*$/.test(body.slice(words[k]!.at, words[k + 1]?.at ?? 0)))
      k += 1;
    k += 1;
    if (k - (j + 2) > 8) return -1;
  } else if (!/^\s+$/.test(afterRelative)) return -1;
  const verb = words[k]?.word;
  if (verb === undefined || !SPEECH_VERBS.has(verb) || verb.endsWith("ing")) return -1;
  return k;
}
