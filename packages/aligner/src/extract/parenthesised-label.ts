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
  const close = body.indexOf(")", from);
  if (close < 0 || close >= end) return -1;
  const open = body.lastIndexOf("(", close);
  if (open >= from || open < 0 || close - open > 40) return -1;
  return body.slice(open, close).includes("\n") ? -1 : open;
}
