/**
 * Whether a bare weekday speaks of the coming days: news convention reads "Friday" as the past six
 * days unless its own clause is about the future.
 */
const FUTURE_MARKER =
  /\b(?:will|is set to|are set to|set to|scheduled|expected to|plans? to|aims? to|is to|are to|due to|upcoming|going to)\b/g;
/** A future verb right after the weekday: "Pell on Friday will host Vint". */
const FUTURE_AFTER =
  /^,?\s(?:will|is to|are to|is set to|are set to|is scheduled to|is expected to)\b/;
const ANY_FUTURE_MARKER = new RegExp(FUTURE_MARKER.source);
/** What ends the clause before a weekday: sentence ends, a line break, ";", "—", ", while" … */
const CLAUSE_BOUNDARIES = [
  ". ",
  ".” ",
  '." ',
  "? ",
  "! ",
  "\n",
  "; ",
  "— ",
  ", while ",
  ", but ",
  ", and ",
  ", whereas ",
];
const PAST_VERB =
  /\b(?:said|told|was|were|had|did|spoke|met|went|came|made|took|gave|left|held|began|wrote|sent|[a-z]{2,}ed)\b/g;
/** "-ed" words that are not past-tense verbs, or that are the future markers themselves. */
const NOT_PAST = new Set([
  "need",
  "indeed",
  "hundred",
  "scheduled",
  "expected",
  "speed",
  "proceed",
]);

/** Whether the weekday at [start, end) is told as coming: by its clause, or by the verb after it. */
export function isFutureWeekday(body: string, start: number, end: number): boolean {
  return isFutureClause(body, start) || FUTURE_AFTER.test(body.slice(end, end + 24));
}

/**
 * Whether a bare weekday's own clause speaks of the future: a future marker ("will", "is due to")
 * between the clause start and the weekday, with no past-tense verb after it ("Speaking to
 * reporters on Wednesday", "spent most of Tuesday" stay in the past six days). The clause starts
 * after the last sentence end, line break, semicolon, dash or ", while"/", but"/", and".
 */
function isFutureClause(body: string, at: number): boolean {
  const window = body.slice(Math.max(0, at - 160), at);
  // Most weekdays are past: no marker at all in reach settles it without finding the clause.
  if (!ANY_FUTURE_MARKER.test(window)) return false;
  let start = 0;
  for (const b of CLAUSE_BOUNDARIES) {
    const i = window.lastIndexOf(b);
    if (i >= 0 && i + b.length > start) start = i + b.length;
  }
  const clause = window.slice(start);
  let future = -1;
  for (const m of clause.matchAll(FUTURE_MARKER)) future = m.index;
  if (future < 0) return false;
  for (const m of clause.slice(future).matchAll(PAST_VERB)) {
    if (!NOT_PAST.has(m[0])) return false;
  }
  return true;
}
