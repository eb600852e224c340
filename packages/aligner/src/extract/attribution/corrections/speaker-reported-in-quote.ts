// Attribution layer: a quotation that reports its own speaker in the third person is not that
// speaker's words. In a passage quoted from a report (`The Harbour Wire reported:` ¶ `"The hearing
// was closed.` ¶ `"Roe said the testimony differed …` ¶ `“…,” Roe said.`) the run-on paragraph
// "Roe said …" is the report's account of Roe, though the run's closing cue is Roe's. People do
// not say "Roe said" of themselves: such a quote is left unknown and refused to Roe for the
// speaker ranker (a wrong speaker is worse than none).
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { VERBS } from "../sieve-words.ts";
import { entityMentionsWithin, mentionsByStart } from "./cue-mentions.ts";

/** The word right after a name, past an adverb ("Roe later said"). */
const NEXT_WORDS =
  /^\s+(?:(?:also|then|later|again|once|previously|recently|earlier)\s+)?(\p{Ll}+)\b/u;

/** The quotation's words before the name: none, or a finished sentence. */
const SENTENCE_OPENS = /(?:^|[.!?][”"’]?)\s*$/;

/** A name, not a pronoun: "Roe", "Ivo Roe", "Mr. Roe". */
const NAME = /^\p{Lu}\p{L}*[.’'-]?\p{L}/u;
const PRONOUNS = new Set(["He", "She", "His", "Her", "Him", "I", "We", "They", "It"]);

/**
 * Clears the speaker of each direct quote whose own words open a sentence on a name of that
 * person speaker and a finite reporting verb ("Roe said", "Roe later told").
 */
export function dropSpeakersReportedInQuote(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  let sorted: ReturnType<typeof mentionsByStart> | null = null;
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number") continue;
    if (registry.kindOf(draft.speaker) !== "person") continue;
    sorted ??= mentionsByStart(registry);
    const reported = entityMentionsWithin(sorted, draft.speaker, draft.start, draft.end).some(
      (m) => {
        if (m.possessive) return false;
        const name = body.slice(m.start, m.end);
        if (PRONOUNS.has(name) || !NAME.test(name)) return false;
        // Only a clause the name opens, with a finite verb: "look at Roe announcing his bid"
        // is a speaker's way of talking about themselves.
        if (!SENTENCE_OPENS.test(body.slice(draft.start, m.start))) return false;
        const verb = NEXT_WORDS.exec(body.slice(m.end, m.end + 40))?.[1];
        return verb !== undefined && !verb.endsWith("ing") && VERBS.has(verb);
      },
    );
    if (!reported) continue;
    draft.refused = draft.speaker;
    draft.speaker = null;
    draft.cue = null;
  }
}
