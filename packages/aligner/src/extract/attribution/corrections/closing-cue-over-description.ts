// Attribution layer, a pass after the sieves: a sentence whose quotation follows an unnamed
// subject's verb and whose clause a named person's cue closes ("The levy's repeal signals “the end
// of the quay,” said Ada Lund, a harbour pilot.") is that person's words: the description before
// the quotation ("The levy's repeal") is what the quotation is about, not who spoke.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { quotationAt } from "../../quotation-marks.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { closesTheClause, hasReportingVerb, nameThenVerb } from "../sieves/clause-closing-cue.ts";
import { trailingCue } from "../sieves/trailing-cue.ts";
import { isRunOn } from "../text-scan.ts";

/**
 * Each direct quote whose speaker is an unnamed description read from a cue before its quotation
 * takes the named person of the cue that closes its clause after a comma past the quotation (no
 * reporting verb, quotation, semicolon, colon or dash between; `said Lund` / `Lund said`, followed
 * only by an adverbial or an apposition up to the sentence's end).
 */
export function creditClosingCueOverDescription(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (!draft.direct || typeof draft.speaker !== "number" || draft.cue === null) continue;
    const record = registry.entities[draft.speaker];
    if (record === undefined || !record.unnamed) continue;
    const quotation = text.quotations[quotationAt(text.quotations, draft.start)];
    const sentence = text.sentences[draft.sentence];
    if (quotation === undefined || sentence === undefined) continue;
    if (draft.cue.end > quotation.open) continue;
    if (isRunOn(sentence.span)) continue;
    const { end: sEnd } = sentence.span;
    const comma = body.indexOf(",", quotation.close - 1);
    if (comma < 0 || comma >= sEnd || comma > quotation.close + 80) continue;
    const between = body.slice(quotation.close + 1, comma);
    if (/[;:—–“”"]/.test(between) || hasReportingVerb(body, quotation.close + 1, comma)) continue;
    const found = trailingCue(body, comma, registry);
    if (found === null || typeof found.speaker !== "number") continue;
    const person = registry.entities[found.speaker];
    if (person === undefined || person.kind !== "person" || person.unnamed) continue;
    if (!nameThenVerb(body, found) || !closesTheClause(body, found.end, sEnd)) continue;
    draft.speaker = found.speaker;
    draft.cue = { start: found.start, end: found.end };
  }
}
