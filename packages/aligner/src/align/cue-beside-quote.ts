import type { Span } from "@parallax/core";

/** Double quotation marks, straight or curly, and the opening single curly mark. */
const DOUBLE_MARKS = /["“”]/g;
const OPENING_SINGLE = /‘/;
/** The end of a quotation right before its trailing cue: a closing mark, a comma, a space or two. */
const CLOSES_BEFORE_CUE = /[”"’'][,.]?[ \t]{0,2}$/;
/** The start of a quotation right after its leading cue: a colon or comma, then an opening mark. */
const OPENS_AFTER_CUE = /^[,:.]?\s*["“‘']/;

/**
 * Whether an attribution stands beside the quotation it is credited with, so that a speaker named
 * there is the quote's speaker for sure: in the same paragraph ("…," Kim said. / Kim said: "…"),
 * or across paragraphs only when nothing but the same quotation stands between them — a quotation
 * running on to its cue ("A.¶ B," Kim said), or opened by it (Kim said: "A.¶ B."). A cue that
 * closes another paragraph's quotation after it ended, or opens the next one, is not this quote's
 * ("…riot.¶ The youth…"¶ Spokesman Lee said, "After…"): extraction may credit it, a disagreement
 * about who said the words is not read from it.
 */
export function cueBesideQuote(body: string, quote: Span, cue: Span): boolean {
  if (cue.start < quote.end && quote.start < cue.end) return true;
  if (cue.start >= quote.end) {
    const gap = body.slice(quote.end, cue.start);
    if (!gap.includes("\n")) return true;
    return CLOSES_BEFORE_CUE.test(gap) && marks(gap) <= 1 && !OPENING_SINGLE.test(gap);
  }
  const gap = body.slice(cue.end, quote.start);
  if (!gap.includes("\n")) return true;
  // The quotation opened at the cue runs on: no mark closes it before this quote's paragraph.
  return OPENS_AFTER_CUE.test(gap) && marks(gap) <= 1;
}

function marks(text: string): number {
  return text.match(DOUBLE_MARKS)?.length ?? 0;
}

/** Between a name and its verb: nothing, or one appositive ("Mr. Roe, the port director, said"). */
const APPOSITIVE_GAP = /^\s*(?:,[^,;:"“”\n]{1,60},)?\s*$/;

/**
 * Whether a name is the subject of the cue's verb, set off from it by at most an appositive: "Mr.
 * Roe, the port director, said Tuesday that …" names Roe though the cue is "said Tuesday that".
 */
export function subjectOfCue(body: string, name: Span, cue: Span): boolean {
  if (name.end > cue.start || cue.start - name.end > 64) return false;
  return APPOSITIVE_GAP.test(body.slice(name.end, cue.start));
}
