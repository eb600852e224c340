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
