// Attribution layer: a speaking he/she inside a sentence whose subject is a description of
// someone ("The mayor denounced what he called the “gloomy” vision …") is that described person,
// not a person named in an earlier sentence. The description speaks when the registry knows whom
// it describes; otherwise the quote is left unknown (a wrong speaker is worse than none).

import { PREPOSITIONS } from "../../../../lexicons/function-words.ts";
import { PERSON_NOUNS, SPEAKS_FOR_SOMEONE } from "../../../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** The sentence opens with a determiner, at most two lowercase words, a head noun and a word. */
const DESCRIBED_OPENING =
  /^\s*(?:(?:And|But)\s+)?((?:The|A|An)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+))\s+([a-z]+)\b/u;

/** Whether a lowercase noun heads a description of one person ("mayor", "senator", "aide"). */
function personHead(word: string): boolean {
  return PERSON_NOUNS.has(word) || TITLE_HEADS.has(word) || SPEAKS_FOR_SOMEONE.has(word);
}

/** Moves or clears the speaker of quotes whose he/she cue follows a described subject. */
export function creditDescribedSubjects(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    const speaker = draft.speaker;
    const { start, end } = draft.cue;
    const pronoun = registry
      .mentionsWithin(start, end)
      .find(
        (m) =>
          m.entity === speaker &&
          m.form === "pronoun" &&
          !m.possessive &&
          /^(?:he|she)$/i.test(body.slice(m.start, m.end)),
      );
    if (pronoun === undefined) continue;
    const sentence = text.sentenceAt(pronoun.start);
    if (sentence === undefined) continue;
    const from = sentence.span.start;
    const opening = DESCRIBED_OPENING.exec(body.slice(from, pronoun.start));
    if (opening === null || !personHead(opening[2]!) || PREPOSITIONS.has(opening[3]!)) continue;
    // Someone named before the pronoun in its sentence: the sentence is not the description's alone.
    const named = registry
      .mentionsWithin(from, pronoun.start)
      .some((m) => m.entity !== null && m.form !== "pronoun");
    if (named) continue;
    const phraseStart = from + opening.index + opening[0].indexOf(opening[1]!);
    const described = registry.speakerFromPhrase(phraseStart, phraseStart + opening[1]!.length);
    if (described === speaker) continue;
    draft.speaker = typeof described === "number" ? described : null;
    if (draft.speaker === null) draft.cue = null;
  }
}
