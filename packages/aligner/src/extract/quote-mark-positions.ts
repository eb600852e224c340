/**
 * Where a quotation mark stands, as the quotation-mark style passes read it (quote-mark-styles.ts,
 * nested-quote-marks.ts), and the one-for-one rewrite they share.
 */

/** A mark at the start of a word: after a space, a line start, or an opening bracket or dash. */
export function isOpeningPosition(body: string, at: number): boolean {
  if (at === 0) return true;
  const before = body.charCodeAt(at - 1);
  return (
    before === 32 ||
    before === 10 ||
    before === 9 ||
    before === 40 ||
    before === 91 ||
    before === 0x2014 ||
    before === 0x2013 ||
    before === 58
  );
}

/** A mark ending a word: after a non-space, before a space, punctuation or the text end. */
export function closingPosition(body: string, at: number): boolean {
  const before = body.charCodeAt(at - 1);
  if (Number.isNaN(before) || before === 32 || before === 10 || before === 0x201c) return false;
  return at + 1 >= body.length || /[\s,.;:!?)\u2014\u2013-]/u.test(body[at + 1]!);
}

/** The body with the character at each changed offset replaced (one character for one). */
export function withMarksAt(body: string, changed: ReadonlyMap<number, string>): string {
  if (changed.size === 0) return body;
  let out = "";
  let from = 0;
  for (const at of [...changed.keys()].sort((a, b) => a - b)) {
    out += body.slice(from, at) + (changed.get(at) as string);
    from = at + 1;
  }
  return out + body.slice(from);
}
