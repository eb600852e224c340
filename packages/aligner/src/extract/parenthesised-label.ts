/**
 * Where a short parenthesised label closing the stretch `from`–`end` starts ("Jane Roe (D-Calif.)",
 * "Roe (pictured)"), else `end`.
 */
export function labelStart(body: string, from: number, end: number): number {
  let close = end;
  while (close > from && body.charCodeAt(close - 1) === 32) close -= 1;
  if (close <= from || body[close - 1] !== ")") return end;
  const open = body.lastIndexOf("(", close - 1);
  if (open <= from || close - open > 40 || body.slice(open + 1, close - 1).includes(")"))
    return end;
  return open;
}

/**
 * Where the short parenthesised label that `from` falls inside opens ("Tex.) has said" read from
 * "Sen. Jane Roe (Tex.) has said"), else -1: a `)` comes before any `(` in `from`–`end` and its
 * `(` is at most 40 characters before it, on the same line.
 */
export function openLabelBefore(body: string, from: number, end: number): number {
  // Both marks are looked for only where they count (the `)` before `end`, the `(` within 40
  // characters of it): searching the whole text for them was quadratic on a long text with none.
  let close = from;
  while (close < end && body.charCodeAt(close) !== 41) close += 1;
  if (close >= end) return -1;
  let open = close;
  while (open >= close - 40 && open >= 0 && body.charCodeAt(open) !== 40) open -= 1;
  if (open >= from || open < 0 || open < close - 40) return -1;
  return body.slice(open, close).includes("\n") ? -1 : open;
}
