// Attribution layer, a sieve after the leading cue: a quotation right after a colon whose clause
// is "<a known person> <a verb of saying …>:" ("Asked about the port, Ada Lund shot back: “…”",
// "Lund issued the following statement:" ending the paragraph before the quotation's).

import {
  AUXILIARY_VERBS,
  CLAUSE_CONNECTIVES,
  FORMS_OF_BE,
} from "../../../../lexicons/function-words.ts";
import { IRREGULAR_PAST } from "../../../../lexicons/irregular-verbs.ts";
import { MESSAGE_NOUNS } from "../../../../lexicons/reporting-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { Quotation } from "../../quotation-marks.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { colonRightBefore } from "../cues/colon-introduced.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import { ADVERBS, SPEECH_VERBS, type Word, wordsFrom } from "../sieve-words.ts";
import { isPassiveVerb } from "./passive-verb.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";
import type { SieveFinding } from "./sieve-finding.ts";

/**
 * Words after another verb that make its clause announce speech: "issued the following
 * statement:", "went so far as to say:", "fired back:", "tweeted this:".
 */
const SPEECH_AFTER = new RegExp(
  `\\b(?:${["say", "says", "said", "saying", "back", ...MESSAGE_NOUNS.trim().split(/\s+/)].join("|")})\\b`,
  "u",
);

/**
 * The speaker of a quotation that follows a colon (in its sentence, or ending the previous
 * paragraph when the quotation opens its own): the clause before the colon, from the last comma
 * or the sentence's start, is a subject, a finite verb of saying (or another verb whose few words
 * after it name speech: `released the following statement`) and at most eight words. The subject
 * is a person or organisation the registry knows, named right before the verb (or "he"/"she" as
 * the registry resolves it), or the name before an appositive chain when the clause opens with
 * the verb (`Roe, who advised Vint, tweeted this:`). Abstains on any other subject (`The report
 * reads:`), on a possessor (`Roe's office released:`) and on a relative clause after the verb
 * whose own verb of saying closes at the colon (`Roe told of a docker who wrote:`).
 */
export function colonCue(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: Quotation,
): SieveFinding | null {
  const colon = introducingColon(text, quotation);
  if (colon < 0) return null;
  const { body } = text;
  const sentence = text.sentenceAt(colon);
  if (sentence === undefined) return null;
  let start = colon;
  while (start > sentence.span.start && !/[,;—–()“”"]/.test(body[start - 1]!)) start -= 1;
  const words = wordsFrom(body, start, colon, 20);
  if (words.length === 0 || words[words.length - 1]!.end !== trimmedEnd(body, start, colon))
    return null;
  let first = 0;
  while (first < words.length && CLAUSE_CONNECTIVES.has(words[first]!.text)) first += 1;
  // "The Gazette confirmed it, reporting:": a participle of saying after the main clause.
  if (body[start - 1] === "," && words.length - first <= 3) {
    const found = participleBeforeColon(text, registry, sentence.span.start, words[first], colon);
    if (found !== null) return found;
  }
  const verbIndex = finiteVerbIndex(words, first);
  if (verbIndex < 0 || words.length - verbIndex - 1 > 8) return null;
  const verb = words[verbIndex]!;
  const rest = body.slice(verb.end, colon);
  if (!SPEECH_VERBS.has(verb.text) && !SPEECH_AFTER.test(rest)) return null;
  // "Roe was asked:" / "was reported as saying:": the subject of a passive is not the speaker.
  if (verbIndex > 0 && FORMS_OF_BE.has(words[verbIndex - 1]!.text)) return null;
  // "Vint was later told by the board:": an adverb between the form of "be" and the verb.
  if (isPassiveVerb(body, start, verb.start, verb.end, colon)) return null;
  // "Roe told of a docker who wrote:": the colon closes a relative clause whose own verb of
  // saying has its own subject (the docker); the quotation is that person's.
  if (relativeReports(words, verbIndex + 1)) return null;
  let subjectEnd = verbIndex;
  while (
    subjectEnd > first &&
    (ADVERBS.has(words[subjectEnd - 1]!.text) || AUXILIARY_VERBS.has(words[subjectEnd - 1]!.text))
  )
    subjectEnd -= 1;
  const speaker =
    subjectEnd === first
      ? body[start - 1] === ","
        ? clauseSubjectBeforeVerb(text, registry, verb.start, verb.end)
        : null
      : subjectOf(registry, words.slice(first, subjectEnd));
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  return { speaker, start: words[first]!.start, end: colon + 1 };
}

/** Relative words after which a verb of saying has a subject of its own: "a docker who wrote". */
const RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose", "which", "that"]);

/** Whether a relative word, then (at most three words on) a verb of saying, follows `from`. */
function relativeReports(words: readonly Word[], from: number): boolean {
  for (let i = from; i < words.length; i += 1) {
    if (!RELATIVES.has(words[i]!.text)) continue;
    for (let k = i + 1; k < Math.min(words.length, i + 5); k += 1)
      if (SPEECH_VERBS.has(words[k]!.text)) return true;
  }
  return false;
}

/** The colon right before the opening mark, or ending the paragraph before the quotation's. */
function introducingColon(text: ArticleText, quotation: Quotation): number {
  const { body } = text;
  const right = colonRightBefore(body, quotation.open);
  if (right >= 0) return right;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  const previous = text.paragraphs[quotation.paragraphIndex - 1];
  if (paragraph === undefined || previous === undefined) return -1;
  if (!/^\s*$/.test(body.slice(paragraph.start, quotation.open))) return -1;
  const before = body.slice(previous.start, previous.end).trimEnd();
  return before.endsWith(":") ? previous.start + before.length - 1 : -1;
}

function trimmedEnd(body: string, start: number, end: number): number {
  while (end > start && /[\s.]/.test(body[end - 1]!)) end -= 1;
  return end;
}

/** The first finite verb of the clause: a verb of saying, an -ed form or an irregular past. */
function finiteVerbIndex(words: readonly Word[], from: number): number {
  for (let i = from; i < words.length; i += 1) {
    const w = words[i]!.text;
    if (!/^\p{Ll}/u.test(w) || ADVERBS.has(w) || AUXILIARY_VERBS.has(w)) continue;
    if (w.endsWith("ing")) return -1;
    if (SPEECH_VERBS.has(w) || IRREGULAR_PAST.has(w) || /^\p{Ll}{2,}ed$/u.test(w)) return i;
    // "shot back", "hit back": a verb whose particle is a retort.
    if (words[i + 1]?.text === "back") return i;
    if (/^\p{Ll}{3,}s$/u.test(w) && i > from && /^\p{Lu}/u.test(words[i - 1]!.text)) return i;
    // A lowercase word that is no verb inside the subject ("the crowd", "campaign manager").
    if (i - from > 6) return -1;
  }
  return -1;
}

/**
 * The known person or organisation named by the subject words: "he"/"she" as resolved, else a
 * name ending the subject (title words before it allowed), never a possessor.
 */
function subjectOf(
  registry: EntityRegistry,
  subject: readonly Word[],
): number | "ambiguous" | null {
  const last = subject[subject.length - 1]!;
  if (subject.length === 1 && /^(?:he|she|He|She)$/.test(last.text))
    return registry.speakerPronounAt(last.start);
  if (!/^\p{Lu}/u.test(last.text) || /['’]s?$/.test(last.text)) return null;
  if (subject.some((w) => /['’]s$/.test(w.text))) return null;
  const person = registry.personEndingAt(last.end);
  if (person !== null) return person;
  // The first capitalised word of the name run ending the subject.
  let k = subject.length - 1;
  while (k > 0 && /^\p{Lu}/u.test(subject[k - 1]!.text)) k -= 1;
  const entity = registry.entityAt(subject[k]!.start);
  return entity === null ? registry.entityAt(last.start) : entity;
}

/**
 * `The Gazette confirmed the account, reporting:` / `Vint backed it, adding:`: a participle of
 * saying (and at most two words after it) between the comma and the colon hangs on the main
 * clause, whose subject — a person or organisation the registry knows opening the sentence
 * (`clauseSubject`), never a possessor — speaks.
 */
function participleBeforeColon(
  text: ArticleText,
  registry: EntityRegistry,
  sentenceStart: number,
  participle: Word | undefined,
  colon: number,
): SieveFinding | null {
  if (participle === undefined || !/^\p{Ll}+ing$/u.test(participle.text)) return null;
  if (!SPEECH_VERBS.has(participle.text)) return null;
  const { body } = text;
  const speaker = clauseSubject(registry, body, sentenceStart, participle.start);
  if (typeof speaker !== "number" || !registry.canSpeak(speaker)) return null;
  if (possessorNotSpeaker(registry, speaker, sentenceStart, participle.start)) return null;
  return { speaker, start: participle.start, end: colon + 1 };
}
