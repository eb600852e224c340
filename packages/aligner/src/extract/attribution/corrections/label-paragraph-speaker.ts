// Attribution layer: words led by a speaker's label, unquoted ("Ada Roe: Vint’s ‘Reckless Plan’
// Will Sink the Port.", a headline's form; `Roe: “We will.” Vint: “We won’t.”`, a debate's). The
// label names who speaks the words after its colon, so a quotation there that no cue gave a
// speaker is the label's person's. PolNeAR train (BUILD half): such a label's person is the gold
// source in every case the gold annotates.
import { firstIndexWhere } from "../../../sorted-search.ts";
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/**
 * Where a label may start: the paragraph's start, or after a sentence's end or a closing
 * quotation mark; then up to two capitalised title words ("Dr.", "Gov.") before the name.
 */
const LABEL_LEAD = /(?:^|[.!?”"’]\s+)((?:\p{Lu}[\p{L}.]*\s+){0,2})$/u;

/**
 * Gives each quote still without a speaker the person whose label is the nearest colon before it
 * in its paragraph (`Roe: …`, `Dr. Ada Roe: …`). A quote with a speaker keeps it; a colon that is
 * no person's label (an ambiguous, unknown or non-person name, a clause) gives nothing.
 */
export function creditLabelParagraphs(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (draft.speaker !== null) continue;
    const paragraph = text.paragraphs[firstIndexWhere(text.paragraphs, (p) => p.end > draft.start)];
    if (paragraph === undefined || paragraph.start > draft.start) continue;
    const colon = lastColonWithin(
      body,
      Math.max(paragraph.start, draft.start - LABEL_REACH),
      draft.start,
    );
    if (colon < 0 || /^\s*\d/.test(body.slice(colon + 1, colon + 3))) continue;
    const person = labelPerson(text, registry, paragraph.start, colon);
    if (person !== null) draft.speaker = person;
  }
}

/**
 * How far before a quotation its label may stand: a headline's or a turn's length. Bounded so
 * that a run-on paragraph of quotations without a colon is not read back to its start each time.
 */
const LABEL_REACH = 300;

/** The last colon in [from, to), or -1. */
function lastColonWithin(body: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) if (body.charCodeAt(i) === 58) return i;
  return -1;
}

/** The person whose name, after at most a title, ends right at the colon and opens a label. */
function labelPerson(
  text: ArticleText,
  registry: EntityRegistry,
  paragraphStart: number,
  colon: number,
): number | null {
  const { body } = text;
  let nameEnd = colon;
  while (nameEnd > paragraphStart && /\s/.test(body[nameEnd - 1]!)) nameEnd -= 1;
  const i = firstIndexWhere(registry.mentions, (m) => m.end >= nameEnd);
  const m = registry.mentions[i];
  if (m === undefined || m.end !== nameEnd || m.start < paragraphStart) return null;
  if (!LABEL_LEAD.test(body.slice(Math.max(paragraphStart, m.start - 40), m.start))) {
    if (m.start !== paragraphStart) return null;
  }
  if (m.form === "pronoun" || m.possessive || m.ambiguous || m.entity === null) return null;
  return registry.kindOf(m.entity) === "person" ? m.entity : null;
}
