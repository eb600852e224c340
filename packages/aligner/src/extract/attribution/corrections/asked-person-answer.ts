// Attribution layer: after "Ed Moss asked Ivo Vint whether …", a quote credited by a he/she of
// them both may be the answer as well as the question: the pronoun resolver takes the sentence's
// subject, the one asking, whom the answer seldom is.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { speakingPronoun } from "./described-antecedent-pronoun.ts";

/** Characters from the previous sentence's start to the pronoun read: more than two sentences. */
const SENTENCE_REACH = 2_000;

/** "asked" right before a name: the person asked. */
const ASKED_BEFORE = /\basked\s+$/;

/**
 * Marks ambiguous a quote whose he/she cue took the subject of the sentence before when that
 * sentence has its subject ask another person of the pronoun's gender (named, outside quotation
 * marks) and the pronoun's own sentence names no one before it; the ranker leaves it alone.
 */
export function markAskedAnswers(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (!draft.direct || draft.cue === null || typeof draft.speaker !== "number") continue;
    const speaker = draft.speaker;
    const pronoun = speakingPronoun(registry, body, draft.cue, speaker);
    if (pronoun === undefined || pronoun.sentence === 0) continue;
    const gender = body.slice(pronoun.start, pronoun.end).toLowerCase();
    const previous = text.sentences[pronoun.sentence - 1]!.span;
    // A run-on "sentence" longer than any real one is not read (a scan per quote was quadratic).
    if (pronoun.start - previous.start > SENTENCE_REACH) continue;
    let subject = true;
    let asked = false;
    for (let i = registry.firstFrom(previous.start); i < registry.mentions.length; i += 1) {
      const m = registry.mentions[i]!;
      if (m.start >= pronoun.start) break;
      if (m.inQuote || m.entity === null || m.form === "pronoun" || !registry.canSpeak(m.entity))
        continue;
      // The pronoun's own sentence names someone before it: the cue may be theirs.
      if (m.start >= previous.end) {
        asked = false;
        break;
      }
      if (subject) {
        if (m.entity !== speaker) break;
        subject = false;
        continue;
      }
      const record = registry.entities[m.entity]!;
      const fits = record.kind === "person" && (record.gender === null || record.gender === gender);
      if (m.entity !== speaker && fits && ASKED_BEFORE.test(body.slice(m.start - 8, m.start)))
        asked = true;
    }
    if (asked) draft.speaker = "ambiguous";
  }
}
