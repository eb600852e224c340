/**
 * The character a closing quotation mark at `close` follows, past one space: a doubled apostrophe
 * closing a quotation reads as a space and `”` (`well,''` → `well, ”`, quote-mark-styles.ts), so
 * its comma, question or exclamation mark stands two characters back.
 */
export function markBeforeClose(body: string, close: number): string {
  const before = body[close - 1] ?? "";
  return before === " " ? (body[close - 2] ?? "") : before;
}
