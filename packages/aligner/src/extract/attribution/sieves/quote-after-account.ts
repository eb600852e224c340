// Attribution layer, a pass after the quote-after-announcement one: a quotation standing alone as
// its sentence right after a sentence in which a known person gives an account in their own words
// that no quote was read from ("Ada Lund recalled how the pier looked in the storm. “It was
// grim.”"), goes on that person.

import { PARTICIPLE_PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { clauseSubject } from "../cues/clause-subject.ts";
import { possessorNotSpeaker } from "../possessor-subject.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { loneQuotations } from "./lone-quotations.ts";
import { reportingFormIsNoVerb } from "./reporting-form-no-verb.ts";
import { clauseSubjectBeforeVerb } from "./sentence-cue.ts";

const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

/**
 * A direct quote still without a speaker whose quotation makes up its whole sentence takes the
 * subject of the sentence just before it, in its paragraph, when that sentence holds no quotation
 * mark and no quote, has exactly one reporting verb (finite, no noun: `reportingFormIsNoVerb`), and that
 * verb's subject is a person the registry knows (`Lund recalled how …`; for a participle of saying,
the subject of the clause it hangs on: `participleSubject`). Abstains on an
 * organisation, a possessor, a he/she, or a sentence with a second reporting verb.
 */
export function quoteAfterAccount(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const { draft, paragraphIndex, previous } of loneQuotations(text, drafts)) {
    const { start, end } = previous;
    if (start < (text.paragraphs[paragraphIndex]?.start ?? 0)) continue;
    if (drafts.some((d) => d.start >= start && d.start < end)) continue;
    const words = [...body.slice(start, end).matchAll(WORD)].map((m) => ({
      text: m[0],
      start: start + m.index,
      end: start + m.index + m[0].length,
    }));
    const texts = words.map((w) => w.text);
    const verbs = words.flatMap((w, i) =>
      VERBS.has(w.text) && !reportingFormIsNoVerb(texts, i) ? [i] : [],
    );
    if (verbs.length !== 1) continue;
    const verb = words[verbs[0]!]!;
    const speaker = verb.text.endsWith("ing")
      ? participleSubject(text, registry, start, verb, words[verbs[0]! - 1]?.text ?? "")
      : clauseSubjectBeforeVerb(text, registry, verb.start, verb.end);
    if (typeof speaker !== "number" || registry.kindOf(speaker) !== "person") continue;
    // `Also, Vint isn't a conservative, he said.`: a he/she's guessed person is not carried on.
    if (/\b(?:he|she)\s+$/i.test(body.slice(start, verb.start))) continue;
    draft.speaker = speaker;
    draft.cue = { start: words[0]!.start, end: verb.end };
  }
}

/**
 * The speaker of a participle of saying that hangs on the main clause (`Vint backed the plan,
 * saying he would help.`, `Vint distanced himself by saying …`): after a comma or a preposition,
 * the subject of the clause opening at `start` (participle-clause.ts reads the same in one
 * sentence); never a possessor nor a he/she, whose guessed person is not carried on.
 */
function participleSubject(
  text: ArticleText,
  registry: EntityRegistry,
  start: number,
  verb: { start: number; end: number },
  before: string,
): number | null {
  const { body } = text;
  const gap = body.slice(Math.max(start, verb.start - 3), verb.start);
  if (!/,\s*$/.test(gap) && !PARTICIPLE_PREPOSITIONS.has(before.toLowerCase())) return null;
  if (/^\s*(?:he|she)\b/i.test(body.slice(start, verb.start))) return null;
  const speaker = clauseSubject(registry, body, start, verb.start);
  if (typeof speaker !== "number") return null;
  return possessorNotSpeaker(registry, speaker, start, verb.start) ? null : speaker;
}
