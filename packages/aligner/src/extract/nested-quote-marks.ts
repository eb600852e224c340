import { closingPosition, isOpeningPosition, withMarksAt } from "./quote-mark-positions.ts";

const OPEN = 0x201c;
const CLOSE = 0x201d;
const STRAIGHT = 34;

/**
 * Quotation marks that pair wrongly when read by direction or alternation alone, read as typed
 * (same length, one character for one; runs after the other style passes, so every double mark
 * is curly or straight by now):
 *
 * - a quote within a quote in the same marks (`“Ada Roe's claim that “we will win” is wrong,”
 *   Ivo Vint wrote.`, `"… said "no" and left," …`): the inner pair reads as single quotes, so the
 *   outer quotation closes where it was typed and its cue stays outside it. Only when the next two
 *   marks after the inner opening close (the inner one, then the outer one);
 * - an opening curly mark typed as the close (`“It is late,“ Ada Roe said.`): it stands after a
 *   word or punctuation and before a space or punctuation while a quotation is open, so it closes
 *   it — read by direction it opened a new quotation and took the cue inside.
 *
 * Line by line: a quotation never runs over a newline in these passes. `typed` is the body as
 * written: a quote within a quote is read only when the outer opening mark was typed as the same
 * double mark (`‘bout` read as an opening single quote is no outer quotation).
 */
export function withNestedMarksRead(body: string, typed: string = body): string {
  if (!body.includes("\u201c") && !body.includes('"')) return body;
  const changed = new Map<number, string>();
  let open = -1;
  let openKind = 0;
  for (let i = 0; i < body.length; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10) {
      open = -1;
      continue;
    }
    if (c !== OPEN && c !== CLOSE && c !== STRAIGHT) continue;
    if (open < 0) {
      if (c !== CLOSE) {
        open = i;
        openKind = c;
      }
      continue;
    }
    if (openKind === OPEN) {
      if (c === CLOSE) open = -1;
      else if (c !== OPEN) continue;
      else if (closingPosition(body, i)) {
        changed.set(i, "\u201d");
        open = -1;
      } else {
        const inner =
          isOpeningPosition(body, i) && typed.charCodeAt(open) === OPEN
            ? innerClose(body, i, CLOSE)
            : -1;
        if (inner < 0) open = i;
        else {
          changed.set(i, "\u2018");
          changed.set(inner, "\u2019");
          i = inner;
        }
      }
    } else if (c === STRAIGHT) {
      const inner =
        isOpeningPosition(body, i) &&
        !closingPosition(body, i) &&
        typed.charCodeAt(open) === STRAIGHT
          ? innerClose(body, i, STRAIGHT)
          : -1;
      if (inner < 0) open = -1;
      else {
        changed.set(i, "\u2018");
        changed.set(inner, "\u2019");
        i = inner;
      }
    }
  }
  return withMarksAt(body, changed);
}

/**
 * The inner closing mark of a quote within a quote opened at `at`: the next double mark on the
 * line, when it and the one after it are both closing marks of the outer quotation's kind (curly
 * by direction, straight by standing after a word); else -1.
 */
function innerClose(body: string, at: number, kind: number): number {
  const marks: number[] = [];
  for (let i = at + 1; i < body.length && marks.length < 2; i += 1) {
    const c = body.charCodeAt(i);
    if (c === 10) break;
    if (c === OPEN || c === CLOSE || c === STRAIGHT) marks.push(i);
  }
  if (marks.length < 2) return -1;
  const closes = marks.every(
    (m) =>
      body.charCodeAt(m) === kind &&
      (kind === CLOSE || (closingPosition(body, m) && !isOpeningPosition(body, m))),
  );
  return closes ? (marks[0] as number) : -1;
}
