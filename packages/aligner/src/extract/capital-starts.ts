/**
 * The name readers scan a whole body with patterns that open with a capital (`\p{Lu}`): the engine
 * tried the Unicode class at every position of the body, and a large story's bodies made that a
 * visible share of extraction. A capital can only stand at an ASCII capital or at a character
 * beyond ASCII, so each pattern runs sticky at those offsets alone, found by one pass over the
 * characters and kept for the last body (the readers of one article read the same body).
 */

let lastBody: string | null = null;
let lastStarts: readonly number[] = [];

/**
 * The offsets where a `\p{Lu}` can stand in `body`, ascending: every ASCII capital and every
 * other unit beyond ASCII except the second half of a surrogate pair (a pattern with the `u` flag
 * never starts a match there).
 */
export function capitalStarts(body: string): readonly number[] {
  if (body === lastBody) return lastStarts;
  const out: number[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 128 && (c < 0xdc00 || c > 0xdfff))) out.push(i);
  }
  lastBody = body;
  lastStarts = out;
  return out;
}

/**
 * The match that the global twin of `pattern` finds searching `body` from `from`: `pattern` is
 * sticky, has the `u` flag and can only match starting with a capital (`\p{Lu}`); it is tried at
 * each capital start from `from` on, leftmost first.
 */
export function execFromCapital(
  pattern: RegExp,
  body: string,
  from: number,
): RegExpExecArray | null {
  const starts = capitalStarts(body);
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] as number) < from) low = mid + 1;
    else high = mid;
  }
  for (let i = low; i < starts.length; i += 1) {
    pattern.lastIndex = starts[i] as number;
    const m = pattern.exec(body);
    if (m !== null) return m;
  }
  return null;
}
