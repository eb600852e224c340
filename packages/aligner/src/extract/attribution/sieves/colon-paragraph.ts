// Attribution layer, the last of the first-answer sieves: a paragraph ending on a colon that names
// one speaker as its main clause's subject, with no verb of saying the colon cue could read
// ("Ada Roe was blunt when asked about the harbour levy:"), presents the quotation opening the
// next paragraph as that speaker's words.

import {
  FORMS_OF_BE,
  PREPOSITIONS,
  REDUCED_CLAUSE_OPENERS,
  SUBORDINATORS,
} from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { QUOTATION_MARK_OR_APOSTROPHES } from "../../quotation-marks.ts";
import { wordPattern } from "../sentence-words.ts";
import { VERBS } from "../sieve-words.ts";
import { mainClauseOpener } from "./main-clause-opener.ts";
import { isPassiveVerb } from "./passive-verb.ts";
import type { SieveFinding } from "./sieve-finding.ts";

const WORD = wordPattern();

/** A colon sentence longer than this presents too much to be one speaker's introduction. */
const MAX_CLAUSE = 300;

/** Words that open a phrase or a subordinate clause, not the main clause: "As Vint walked in:". */
const NOT_MAIN_CLAUSE: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  ...SUBORDINATORS,
  ...REDUCED_CLAUSE_OPENERS,
]);

/** Words after which a reporting verb has a subject other than the sentence's: "a docker who said". */
const OTHER_SUBJECT_BEFORE = new Set(["who", "whom", "which", "that", "whose"]);

/**
 * A direct quote still without a speaker whose quotation opens its paragraph, after a paragraph
 * whose last sentence ends on a colon: the person or organisation the registry knows opening that
 * sentence's main clause (`mainClauseOpener`: past an opening adverbial and titles, never a
 * possessor, never a name after a preposition or subordinator: `As Vint walked in:`) speaks it.
 * The sentence holds no quotation mark and names no other person or
 * organisation (`Vint read Roe's letter:` is Roe's words, or the letter's), and no reporting verb
 * in it may bring another speaker: one after a relative word (`a docker who said:`), a passive
 * (`Roe was asked:`, the question is someone else's), or two of them.
 */
export function colonParagraphSubject(
  text: ArticleText,
  registry: EntityRegistry,
  quotation: { open: number; paragraphIndex: number },
): SieveFinding | null {
  const { body } = text;
  const paragraph = text.paragraphs[quotation.paragraphIndex];
  const previous = text.paragraphs[quotation.paragraphIndex - 1];
  if (paragraph === undefined || previous === undefined) return null;
  if (!/^\s*$/.test(body.slice(paragraph.start, quotation.open))) return null;
  const before = body.slice(previous.start, previous.end).trimEnd();
  if (!before.endsWith(":")) return null;
  const colon = previous.start + before.length - 1;
  const sentence = text.sentenceAt(colon);
  if (sentence === undefined || sentence.span.start < previous.start) return null;
  const start = sentence.span.start;
  if (colon - start > MAX_CLAUSE) return null;
  if (QUOTATION_MARK_OR_APOSTROPHES.test(body.slice(start, colon))) return null;
  const speaker = mainClauseOpener(text, registry, start, colon);
  if (speaker === null || !registry.canSpeak(speaker)) return null;
  if (
    registry.entitiesIn(start, colon).some((e) => e !== speaker && registry.kindOf(e) !== "place")
  )
    return null;
  if (reportsAnotherSpeaker(body, start, colon)) return null;
  if (inOpeningPhrase(text, registry, speaker, start, colon)) return null;
  return { speaker, start, end: colon };
}

/**
 * Whether the speaker's first name in the sentence follows a preposition or subordinator since
 * the last comma (`As Ivo Vint walked into the hall:`, `From Ada Roe's column:`): the name is
 * then in a phrase or a subordinate clause, and the colon may present anyone's words.
 */
function inOpeningPhrase(
  text: ArticleText,
  registry: EntityRegistry,
  speaker: number,
  start: number,
  end: number,
): boolean {
  const mention = registry.mentions.find(
    (m) => m.entity === speaker && m.start >= start && m.end <= end,
  );
  if (mention === undefined) return true;
  const lead = text.body.slice(start, mention.start);
  const clause = lead.slice(lead.lastIndexOf(",") + 1);
  return (clause.match(/\p{L}+/gu) ?? []).some((w) => NOT_MAIN_CLAUSE.has(w.toLowerCase()));
}

/**
 * Whether a reporting verb between `start` and `end` may have a speaker of its own: after a
 * relative word or a form of "be" (an adverb between: `was later told`), or when there are two.
 */
function reportsAnotherSpeaker(body: string, start: number, end: number): boolean {
  let verbs = 0;
  let previous = "";
  WORD.lastIndex = start;
  for (let m = WORD.exec(body); m !== null && m.index < end; m = WORD.exec(body)) {
    const word = m[0];
    const before = previous;
    previous = word.toLowerCase();
    if (!VERBS.has(word)) continue;
    verbs += 1;
    if (verbs > 1 || OTHER_SUBJECT_BEFORE.has(before) || FORMS_OF_BE.has(before)) return true;
    // "Vint was later told by the board:": an adverb between "be" and the verb.
    if (isPassiveVerb(body, start, m.index, m.index + word.length, end)) return true;
  }
  return false;
}
