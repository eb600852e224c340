// Attribution layer: a he/she cue is not read back to someone its own quotation names. In
// "“Cruz is our best debater,” he says." the speaker talks about Cruz; the person the pronoun was
// resolved to, when the quotation names them, is most likely the one talked about, so the quote
// is left unknown (a wrong speaker is worse than none).
import type { ArticleText } from "../article-text.ts";
import type { EntityRegistry } from "../entities/entity-registry.ts";
import type { QuoteDraft } from "./quote-drafts.ts";

/** A cue whose subject is "he" or "she": "he says", "she told reporters", "said he". */
const PRONOUN_CUE = /^(?:[Hh]e|[Ss]he)\b|\b(?:he|she)$/;

/**
 * Clears the speaker of every direct quote whose cue is a he/she and whose quotation (or another
 * quotation with the same cue and speaker: `“…,” he said. “…”`) names that speaker.
 */
export function dropSpeakersNamedInQuote(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const dropped = new Set<string>();
  for (const draft of drafts) {
    if (!draft.direct || draft.cue === null || typeof draft.speaker !== "number") continue;
    const cue = text.body.slice(draft.cue.start, draft.cue.end);
    if (!PRONOUN_CUE.test(cue)) continue;
    if (namesIn(registry, draft.start, draft.end, draft.speaker))
      dropped.add(`${draft.cue.start}:${draft.speaker}`);
  }
  if (dropped.size === 0) return;
  for (const draft of drafts) {
    if (draft.cue === null || typeof draft.speaker !== "number") continue;
    if (dropped.has(`${draft.cue.start}:${draft.speaker}`)) {
      draft.speaker = null;
      draft.cue = null;
    }
  }
}

/** Forms that name a person: a pronoun or a description inside the quotation names nobody. */
const NAMING_FORMS = new Set(["name", "title-surname", "surname"]);

/**
 * Whether [start, end) holds a name of `entity` that is no possessor: "Senator Roe's message" in
 * a quotation is often the speaker's side talking about its own candidate.
 */
function namesIn(registry: EntityRegistry, start: number, end: number, entity: number): boolean {
  const { body } = registry.text;
  for (let i = registry.firstFrom(start); i < registry.mentions.length; i += 1) {
    const m = registry.mentions[i]!;
    if (m.start >= end) break;
    if (m.entity !== entity || m.possessive || m.ambiguous || !NAMING_FORMS.has(m.form)) continue;
    if (!/^[’']s\b/.test(body.slice(m.end, m.end + 3))) return true;
  }
  return false;
}
