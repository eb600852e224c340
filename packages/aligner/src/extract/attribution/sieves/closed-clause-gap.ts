// Attribution layer: a clause that a quotation closes on a comma before a new capitalised subject
// (`in a clip that Judge Vint called “distasteful,” Lund expressed …`) ends there: a cue inside it
// reaches no quotation after.

/** A closing mark and a comma (either order), then a capitalised word: a new subject. */
const CLOSED_ON_COMMA = /(?:[”"],|,[”"])\s+\p{Lu}/u;

/**
 * Whether a quotation between `from` (a cue's verb end) and `to` (a later quotation's opening mark)
 * closes its clause on a comma before a capitalised word: `… that Vint called “distasteful,” Lund
 * expressed a wish to “…”` → true, so the second quotation is not Vint's.
 */
export function quotationClosesClauseBetween(body: string, from: number, to: number): boolean {
  return to > from && CLOSED_ON_COMMA.test(body.slice(from, to));
}

/**
 * `in a clip that Vint called “distasteful,” Lund expressed a wish to “…”`: the earlier quotation
 * (closing at `close`, its cue before it) ends the clause of its cue on a comma, and a new subject
 * opens the clause holding the quotation at `open`, in the same sentence — so that quotation does
 * not continue the earlier speaker's words.
 */
export function newClauseAfterQuotation(
  body: string,
  close: number,
  open: number,
  cue: { start: number; end: number } | null | undefined,
): boolean {
  if (!cue || cue.end > close || open <= close) return false;
  const gap = body.slice(Math.max(0, close - 1), open);
  return !/[.!?;:]/.test(gap) && CLOSED_ON_COMMA.test(gap);
}
