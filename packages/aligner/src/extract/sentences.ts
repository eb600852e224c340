import type { Article, Sentence } from "@parallax/core";
import { CALENDAR_WORDS } from "../../lexicons/calendar-words.ts";
import { TITLE_ABBREVIATIONS } from "../../lexicons/title-abbreviations.ts";
import { isSpace, type ParagraphRange, paragraphRanges } from "./paragraph-ranges.ts";
import { sentenceEnds } from "./sentence-ends.ts";
import { TIME_ZONE_PATTERN } from "./times-of-day.ts";

export type SentenceInput = Pick<Article, "id" | "body" | "paragraphs">;

/**
 * Splits an article body into sentences whose spans slice `body` exactly (trimmed of spaces).
 * Breaks are proposed after sentence punctuation (sentence-ends.ts) and judged here for news
 * English: not inside "Korea-U.S." or "U.S. President", not inside a quote
 * of several sentences, not before the lowercase tail of `...," he said.`, not after `[…]`;
 * paragraphs and single newlines always end a sentence.
 */
export function splitSentences(
  article: SentenceInput,
  candidates: readonly number[] = sentenceEnds(article.body),
  paragraphs: readonly ParagraphRange[] = paragraphRanges(article),
): Sentence[] {
  const { body } = article;
  const sentences: Sentence[] = [];
  let next = 0;
  const ellipses = ellipsisBreaks(body);
  let ellipsis = 0;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const breaks: number[] = [];
    while (next < candidates.length && candidates[next]! <= paragraph.start) next += 1;
    while (next < candidates.length && candidates[next]! < paragraph.end) {
      breaks.push(candidates[next]!);
      next += 1;
    }
    for (let i = body.indexOf("\n", paragraph.start); i >= 0 && i < paragraph.end; ) {
      breaks.push(i);
      i = body.indexOf("\n", i + 1);
    }
    while (ellipsis < ellipses.length && ellipses[ellipsis]! < paragraph.end) {
      if (ellipses[ellipsis]! > paragraph.start) breaks.push(ellipses[ellipsis]!);
      ellipsis += 1;
    }
    breaks.sort((a, b) => a - b);
    let start = paragraph.start;
    const quotes = new QuoteState(body, paragraph.start, paragraph.end);
    for (const at of breaks) {
      if (at <= start) continue;
      quotes.advanceTo(at);
      if (body.charCodeAt(at) !== 10 && !isTrueBreak(body, start, at, paragraph.end, quotes))
        continue;
      pushSentence(article, start, at, paragraphIndex, sentences);
      start = at;
      quotes.reset();
    }
    pushSentence(article, start, paragraph.end, paragraphIndex, sentences);
  });
  return sentences;
}

/**
 * Ellipses are not proposed by sentenceEnds ("Kim said... He added"): propose a break after each
 * one followed by a space; isTrueBreak keeps it only before a new sentence (not before a
 * lowercase continuation, nor inside a quotation that closes later in the paragraph). One pass
 * over the whole body, ascending.
 */
function ellipsisBreaks(body: string): number[] {
  const out: number[] = [];
  for (const mark of ["...", "\u2026"]) {
    for (let i = body.indexOf(mark); i >= 0; i = body.indexOf(mark, i + 1)) {
      let after = i + mark.length;
      while (body.charCodeAt(after) === 46) after += 1; // "...." at a sentence end
      if (isSpace(body.charCodeAt(after))) out.push(after);
      i = after - 1;
    }
  }
  return out.sort((a, b) => a - b);
}

function pushSentence(
  article: SentenceInput,
  start: number,
  end: number,
  paragraphIndex: number,
  out: Sentence[],
): void {
  const { body } = article;
  let s = start;
  let e = end;
  while (s < e && isSpace(body.charCodeAt(s))) s += 1;
  while (e > s && isSpace(body.charCodeAt(e - 1))) e -= 1;
  if (e <= s) return;
  const index = out.length;
  out.push({
    id: `s${index}`,
    index,
    paragraphIndex,
    span: { articleId: article.id, start: s, end: e },
    text: body.slice(s, e),
  });
}

/**
 * Abbreviations that do not end a sentence when a capital or digit follows: the titles before a
 * name (title-abbreviations.ts: "Sen.", "Dist. Atty.") and others ("St.", "Jan.", "No.", "Jr.").
 */
const NON_FINAL_ABBREVIATION = new RegExp(
  `(?:^|[^A-Za-z])(?:${[...TITLE_ABBREVIATIONS].join("|")}|St|Mt|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Nos|Vol|Fig|Art|approx|vs|Jr|Sr)\\.$`,
);
/** A clock time's "a.m."/"p.m." ("by 6:40 a.m."), which a day or a time zone may follow. */
const CLOCK_MERIDIEM = /\d\s?[ap]\.m\.$/i;
const TIME_ZONE_FIRST = new RegExp(`^\\(?${TIME_ZONE_PATTERN}\\b`);
/** "U.S.", "U.N.", "S.K." and single initials: "J." */
const LETTER_DOTS = /(?:^|[^A-Za-z])(?:[A-Z]\.)+$/;
/** Words that begin a new sentence after "U.S." rather than continue a name ("U.S. President"). */
const SENTENCE_STARTERS = new Set(
  "The A An He She It They We I You But And Or So Yet However Meanwhile This That These Those There Here In On At As If When While After Before Since Still Also Even Some Many Most Both Its His Her Their Our Such What Why How Who".split(
    " ",
  ),
);

function isTrueBreak(
  body: string,
  sentenceStart: number,
  at: number,
  paragraphEnd: number,
  quotes: QuoteState,
): boolean {
  const before = body.slice(Math.max(sentenceStart, at - 24), at);
  let next = at;
  while (next < paragraphEnd && isSpace(body.charCodeAt(next))) next += 1;
  if (next >= paragraphEnd) return true;
  const following = body.slice(next, Math.min(paragraphEnd, next + 24));
  // A lowercase or punctuation continuation: `...," he said.`, "S. tariff", "Aug., but".
  if (/^["'“”‘’]?\s*[a-z0-9,;:)\]–—-]/.test(following)) return false;
  if (/\[(?:…|\.\.\.)\]$/.test(before)) return false;
  if (NON_FINAL_ABBREVIATION.test(before) && /^[A-Z0-9]/.test(following)) return false;
  // "by 6:40 a.m. Saturday", "at 2 p.m. ET": the day or zone belongs to the time.
  if (CLOCK_MERIDIEM.test(before)) {
    const word = /^[A-Za-z]+/.exec(following)?.[0] ?? "";
    if (CALENDAR_WORDS.has(word) || TIME_ZONE_FIRST.test(following)) return false;
  }
  if (LETTER_DOTS.test(before)) {
    if (/^[A-Z]\./.test(following)) return false;
    const word = /^[A-Za-z]+/.exec(following)?.[0] ?? "";
    if (/(?:^|[^A-Za-z])[A-Z]\.$/.test(before) && !/[A-Z]\.[A-Z]\.$/.test(before)) return false;
    if (!SENTENCE_STARTERS.has(word)) return false;
  }
  if (quotes.isOpenAt(at)) return false;
  return true;
}

/**
 * Whether a break falls inside a quotation that closes later in the same paragraph: sentences of
 * one quotation stay whole. Scans each character once per paragraph so long inputs stay linear.
 */
class QuoteState {
  private curly = 0;
  private straight = 0;
  private scanned: number;
  private nextCurlyClose = -2;
  private nextStraight = -2;
  constructor(
    private readonly body: string,
    paragraphStart: number,
    private readonly paragraphEnd: number,
  ) {
    this.scanned = paragraphStart;
  }
  reset(): void {
    this.curly = 0;
    this.straight = 0;
  }
  advanceTo(at: number): void {
    if (at <= this.scanned) return;
    // Read up to `at` only: a search for the next mark would run to the end of a body that has
    // none left, once per sentence (quadratic on long quote-free text).
    for (let i = this.scanned; i < at; i += 1) {
      const c = this.body.charCodeAt(i);
      if (c === 0x201c) this.curly += 1;
      else if (c === 0x201d) this.curly = Math.max(0, this.curly - 1);
      else if (c === 34) this.straight ^= 1;
    }
    this.scanned = at;
  }
  /** Call after advanceTo(at). */
  isOpenAt(at: number): boolean {
    if (this.curly > 0) {
      if (this.nextCurlyClose < at && this.nextCurlyClose !== -1) {
        this.nextCurlyClose = this.body.indexOf("\u201d", at);
      }
      if (this.nextCurlyClose !== -1 && this.nextCurlyClose < this.paragraphEnd) return true;
    }
    if (this.straight === 1) {
      if (this.nextStraight < at && this.nextStraight !== -1) {
        this.nextStraight = this.body.indexOf('"', at);
      }
      if (this.nextStraight !== -1 && this.nextStraight < this.paragraphEnd) return true;
    }
    return false;
  }
}
