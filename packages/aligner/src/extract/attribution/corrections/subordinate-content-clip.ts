// Attribution layer: a report inside an opening "While …" clause ends with that clause. In "While
// Lund said the port would close, the council voted to keep it open" Lund said only that the port
// would close; the main clause after the comma is the article's, or someone else's.
import type { ArticleText } from "../../article-text.ts";
import type { QuoteDraft } from "../quote-drafts.ts";

/** Subordinators of contrast that open a sentence before its main clause. */
const OPENS_CONTRAST = /^[“"‘']?(?:While|Although|Though|Whereas)\s/u;

/** Ends every indirect quote reported inside a sentence's opening contrast clause at its comma. */
export function clipContrastClauseContent(text: ArticleText, drafts: QuoteDraft[]): void {
  const { body } = text;
  for (const draft of drafts) {
    if (draft.direct || draft.cue === null) continue;
    const sentence = text.sentenceAt(draft.cue.start);
    if (sentence === undefined) continue;
    const { start } = sentence.span;
    if (!OPENS_CONTRAST.test(body.slice(start, start + 12))) continue;
    // The clause's comma: the first one after the report's start (past the cue).
    const comma = body.indexOf(",", draft.start);
    if (comma < 0 || comma >= draft.end || draft.cue.start > comma) continue;
    // A quotation open at the comma is the speaker's words going on.
    const marks = body.slice(draft.start, comma).match(/[“”"]/g)?.length ?? 0;
    if (marks % 2 === 1) continue;
    let end = comma;
    while (end > draft.start && /\s/.test(body[end - 1]!)) end -= 1;
    if (end > draft.start) draft.end = end;
  }
}
