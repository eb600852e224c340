// Attribution layer: a name inside a participle set off by commas after a described subject does
// not speak. In "The letter, sent to Lund's aide Mira Hale and forwarded to Lund, called it
// “critical”" the letter is the subject; Hale and Lund are only whom it went to. When such a
// clause opens the sentence before the cue and the speaker is named only inside the participle,
// the quote is left unknown (a wrong speaker is worse than none).
import { PAST_AND_PARTICIPLE } from "../../../../lexicons/irregular-verbs.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/**
 * From the sentence's start to the cue: a determiner and one to four lowercase words (no name),
 * a comma, a participle (its first word, an adverb allowed before it), the rest of that clause
 * with no other break, and the closing comma right before the cue.
 */
const DESCRIBED_SUBJECT_THEN_PARTICIPLE =
  /^\s*(?:(?:And|But)\s+)?(?:The|A|An|This|That|Another|One)\s+(?:[a-z-]+\s+){0,3}[a-z-]+,\s+(?:[a-z]+ly\s+)?([a-z]+)\s[^,;:—–()“”"]*,\s*$/u;

/** A past participle: a regular -ed form or an irregular one that is its own past ("sent"). */
function participle(word: string): boolean {
  return /^[a-z]{2,}ed$/.test(word) || PAST_AND_PARTICIPLE.has(word);
}

/** Clears the speaker of every quote whose cue follows such a subject naming it only inside. */
export function dropSpeakersInSubjectParticiple(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const sentence = text.sentenceAt(draft.cue.start);
    if (sentence === undefined) continue;
    const lead = DESCRIBED_SUBJECT_THEN_PARTICIPLE.exec(
      body.slice(sentence.span.start, draft.cue.start),
    );
    if (lead === null || !participle(lead[1]!)) continue;
    const speaker = draft.speaker;
    // Named in the cue itself: kept. A mention in the reported words after it ("called it
    // “critical” that she speak after Lund's address") is no subject.
    const { start, end } = draft.cue;
    const elsewhere = registry.mentions.some(
      (m) => m.entity === speaker && m.start >= start && m.end <= end,
    );
    if (elsewhere) continue;
    draft.speaker = null;
    draft.cue = null;
  }
}
