const WORD_CHAR = /^[\p{L}'’]$/u;
const HYPHENED_CHAR = /^[\p{L}'’-]$/u;
const SPACE_CHAR = /^\s$/u;

/**
 * The word (letters and apostrophes, and hyphens `withHyphens`) that ends `text` before `end`,
 * trailing white space aside; undefined when none does. The same as
 * `/([\p{L}'’]+)\s*$/u.exec(text.slice(0, end))?.[1]` (`[\p{L}'’-]` with hyphens), read
 * backwards from the end: that search tries every start position of the text, and on long
 * statements the negation and date checks spent a visible share of alignment in it.
 */
export function lastWordBefore(text: string, end: number, withHyphens = false): string | undefined {
  const word = withHyphens ? HYPHENED_CHAR : WORD_CHAR;
  let at = end;
  while (at > 0 && isChar(text, at, SPACE_CHAR)) at = charStart(text, at);
  const wordEnd = at;
  while (at > 0 && isChar(text, at, word)) at = charStart(text, at);
  return at < wordEnd ? text.slice(at, wordEnd) : undefined;
}

/** Whether the code point ending at `at` is of `kind`: ASCII by its code, the rest by the class. */
function isChar(text: string, at: number, kind: RegExp): boolean {
  const code = text.charCodeAt(at - 1);
  if (code < 128) {
    if (kind === SPACE_CHAR) return code === 32 || (code >= 9 && code <= 13);
    if (code === 45) return kind === HYPHENED_CHAR;
    return code === 39 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return kind.test(text.slice(charStart(text, at), at));
}

/** Where the code point ending at `at` starts: one unit back, two for a surrogate pair. */
function charStart(text: string, at: number): number {
  const low = text.charCodeAt(at - 1);
  if (at >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return at - 2;
  }
  return at - 1;
}
