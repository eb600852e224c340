import { ELIDED_WORDS } from "../../lexicons/elided-words.ts";
import { withNestedMarksRead } from "./nested-quote-marks.ts";
import { closingPosition, isOpeningPosition, withMarksAt } from "./quote-mark-positions.ts";

/**
 * Quotation marks of every common style, read as one: the text every extractor scans has the same
 * length as the article body, with the doubled apostrophes of some archives ('' … '') and British
 * single quotes (‘ … ’) written as curly double quotes. Offsets are unchanged, so every span still
 * slices the original body (extractArticle takes output texts from the original).
 *
 * - `''` opening a quotation becomes `“` + a space (the space is trimmed off the quoted words), and
 *   closing one a space + `”` (`well,''` → `well, ”`): two characters for two; after an inner
 *   single quote the last two of three close it (`'old-school,'''` → `'old-school,' ”`).
 * - a quotation opened with one kind of double mark and closed with the other (`“We won," Roe
 *   said.` / `"We won,” Roe said.`, common in copy edited by hand) reads as curly on both sides.
 * - `‘` at a word start pairs with the next `’` that no letter follows (`don’t` and `Lund’s` are
 *   apostrophes) in the same paragraph; a single quote inside an open double quotation is a quote
 *   within the quote and stays as written; a `‘` typed for an elision's apostrophe (`‘bout`,
 *   `‘90s`) opens none.
 */
export function withDoubleQuoteMarks(body: string): string {
  return withNestedMarksRead(withMixedMarksPaired(withDoubledAndSingleMarks(body)), body);
}

function withDoubledAndSingleMarks(body: string): string {
  if (!body.includes("''") && !body.includes("\u2018")) return body;
  const out = body.split("");
  let doubleOpen = false;
  let apostrophesOpen = false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10 && body.charCodeAt(i + 1) === 10) {
      // A paragraph ends: news style reopens a quotation that runs on in the next paragraph.
      doubleOpen = false;
      apostrophesOpen = false;
      continue;
    }
    if (c === 39 && body.charCodeAt(i + 1) === 39) {
      const opening = !apostrophesOpen && isOpeningPosition(body, i);
      if (opening) {
        out[i] = "\u201c";
        out[i + 1] = " ";
        apostrophesOpen = true;
      } else if (apostrophesOpen || !isOpeningPosition(body, i)) {
        // `,'''`: a quote within the quote closes first ('…'), then the doubled apostrophes.
        if (body.charCodeAt(i + 2) === 39) i += 1;
        out[i] = " ";
        out[i + 1] = "\u201d";
        apostrophesOpen = false;
      }
      i += 1;
      continue;
    }
    if (c === 0x201c || c === 34) doubleOpen = c === 34 ? !doubleOpen : true;
    else if (c === 0x201d) doubleOpen = false;
    else if (
      c === 0x2018 &&
      !doubleOpen &&
      !apostrophesOpen &&
      isOpeningPosition(body, i) &&
      !isElisionMark(body, i)
    ) {
      const close = singleClose(body, i + 1);
      if (close > 0) {
        out[i] = "\u201c";
        out[close] = "\u201d";
        i = close;
      }
    }
  }
  return out.join("");
}

/**
 * A `‘` typed for the apostrophe of an elided word, which opens no quotation: glued to a known
 * clipped word (`‘bout`, `‘em`, `‘n’`; lexicons/elided-words.ts) unless that word alone is quoted
 * (`‘cos’`; "n" is always the elision of "rock ‘n’ roll"), or to a decade (`‘90s`) — a quotation
 * may open with a number (`‘10 boats sank’`), so only two digits and an "s" are a decade.
 */
function isElisionMark(body: string, at: number): boolean {
  let end = at + 1;
  while (end < body.length && isLowercase(body.charCodeAt(end))) end += 1;
  const after = body.charCodeAt(end);
  // isLetter takes every code from U+00C0 up, the curly marks with them.
  if (end > at + 1 && (after === 0x2019 || !isLetter(after))) {
    const word = body.slice(at + 1, end);
    return ELIDED_WORDS.has(word) && (word === "n" || after !== 0x2019);
  }
  return (
    isDigit(body.charCodeAt(at + 1)) &&
    isDigit(body.charCodeAt(at + 2)) &&
    body.charCodeAt(at + 3) === 115 &&
    !isLetter(body.charCodeAt(at + 4)) &&
    !isDigit(body.charCodeAt(at + 4))
  );
}

function isLowercase(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The `’` closing a single quotation opened before `from`, or -1 (none in the paragraph). */
function singleClose(body: string, from: number): number {
  for (let i = from; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10 && body.charCodeAt(i + 1) === 10) return -1;
    if (c === 0x2018) return -1;
    if (c !== 0x2019) continue;
    const next = body.charCodeAt(i + 1);
    if (isLetter(next)) continue; // "don’t", "Lund’s"
    if (body.charCodeAt(i - 1) === 32) continue;
    return i;
  }
  return -1;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
}

/**
 * `“…,"` and `"…”` as `“…”`, paragraph by paragraph. A curly close ends a straight opening; a
 * straight mark ends a curly opening when it stands in closing position (after a word or
 * punctuation, before a space, punctuation or the paragraph end) and no curly close follows
 * before the next opening mark — else it closes a quotation inside the quotation (`“… "a stunt"
 * …”`) and stays as written.
 */
function withMixedMarksPaired(body: string): string {
  if (!body.includes('"') || !/[\u201c\u201d]/u.test(body)) return body;
  // The marks changed, by offset: most bodies change none or a few, and a copy of the body as an
  // array of characters (and back) for each article was most of this function's cost.
  const changed = new Map<number, string>();
  let open = -1;
  let openKind = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10 && body.charCodeAt(i + 1) === 10) {
      open = -1;
      continue;
    }
    if (c !== 0x201c && c !== 0x201d && c !== 34) continue;
    if (open < 0) {
      if (c !== 0x201d) {
        open = i;
        openKind = c;
      }
    } else if (openKind === 34) {
      if (c === 0x201d) changed.set(open, "\u201c");
      if (c !== 0x201c) open = -1;
    } else if (c === 0x201d) open = -1;
    else if (c === 0x201c) open = i;
    else if (closingPosition(body, i) && !curlyCloseAhead(body, i + 1)) {
      changed.set(i, "\u201d");
      open = -1;
    }
  }
  return withMarksAt(body, changed);
}

/** A curly closing mark before the next opening mark (curly, or straight after a space) or the
 * paragraph's end. */
function curlyCloseAhead(body: string, from: number): boolean {
  for (let i = from; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 0x201d) return true;
    if (c === 0x201c || (c === 10 && body.charCodeAt(i + 1) === 10)) return false;
    if (c === 34 && isOpeningPosition(body, i)) return false;
  }
  return false;
}
