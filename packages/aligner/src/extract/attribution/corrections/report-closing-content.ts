// Attribution layer: an outer report inside a reported clause's end. A reported clause runs to
// its sentence's end, so in `Roe said the fund was safe, the Herald reported.` or `…, according
// to the Herald.` the report that passes Roe's words on sits inside Roe's content, where the
// outer-report reader (which reads past a quote's end) never sees it. PolNeAR credits the outer
// report (train: the indirect quotes closing on "…, X reported" or "…, according to X").
import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { reporter, viaOf } from "./outer-report.ts";

/** A run of capitalised words: an outlet's name ("The Valley Herald", "Harbour Gazette"). */
const NAME = String.raw`(?:[Tt]he )?\p{Lu}[\p{L}\p{N}.&’'-]*(?: \p{Lu}[\p{L}\p{N}.&’'-]*){0,4}`;

/**
 * The clause's close: "…, the Herald reported[ in 1991]", "…, reported the Herald", "…, according
 * to the Herald" — after a comma, or after a quotation's closing mark with the comma inside it
 * (`… “a stunt,” the Herald reported`). Group 1 or 2 is the reporter, group 3 an according-to phrase.
 */
const CLOSING_REPORT = new RegExp(
  String.raw`(?:,|,\s?(?:”|"|''))\s+(?:(${NAME})\s+(?:(?:first|originally|initially|also|previously|earlier)\s+)?(?:reported|reports)|(?:reported|reports)\s+(${NAME})|according to ([^,;:“”"]+?))(?:\s+(?:on|in|last|this|earlier)\s+[\p{L}\p{N} ]{1,25})?[.!?]?\s*$`,
  "u",
);

/**
 * Gives an indirect quote whose content closes on an outer report that report as its `via`, ends
 * the content before it, and gives the same `via` to the quotations inside the content that share
 * its cue. The speaker stays: only the report a quote is passed on through changes.
 */
export function creditReportsClosingContent(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
): void {
  const { body } = text;
  for (const draft of drafts) {
    if (draft.direct || draft.via || typeof draft.speaker !== "number" || draft.cue === null)
      continue;
    const m = CLOSING_REPORT.exec(body.slice(draft.start, draft.end));
    if (m === null) continue;
    const cueStart = draft.start + m.index + m[0].search(/\p{L}/u);
    const phrase = m[1] ?? m[2] ?? m[3];
    if (phrase === undefined) continue;
    const nameStart = draft.start + m.index + m[0].indexOf(phrase, m[3] === undefined ? 0 : 12);
    const outer = reporter(registry, body, cueStart, nameStart, nameStart + phrase.length);
    // "…, X reported" names a report only when it is someone the article knows.
    if (m[3] === undefined && typeof outer.speaker !== "number") continue;
    if (outer.speaker === draft.speaker) continue;
    const via = viaOf(outer);
    const cue = draft.cue;
    // Up to the comma, or through the closing mark it stands inside (`… “a stunt,”`).
    const mark = /^,\s?(?:”|"|'')/.exec(m[0]);
    const end = draft.start + m.index + (mark === null ? 0 : mark[0].length);
    for (const inner of drafts) {
      if (!inner.direct || inner.via || inner.start < draft.start || inner.end > end) continue;
      if (inner.cue?.start === cue.start) inner.via = via;
    }
    draft.via = via;
    draft.end = end;
  }
}
