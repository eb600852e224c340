import { ArticleText } from "./article-text.ts";
import { type FigureDraft, readFigures } from "./figures.ts";
import { NUMBER_WORDS } from "./number-words.ts";

/**
 * A run of words written in capitals ("THREE PEOPLE HAVE DIED IN A BLAZE"): three or more words,
 * each of capitals only, at least two of them longer than one letter.
 */
const CAPITAL_RUN = /\b[A-Z][A-Z'’-]*(?:[ \t,]+[A-Z][A-Z'’-]*){2,}\b/g;

const NUMBER_WORD = new Set(NUMBER_WORDS.map((w) => w.toUpperCase()));

/** The stretches of a body written in capitals that hold a number (a number word or digits). */
function capitalRuns(body: string): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (const m of body.matchAll(CAPITAL_RUN)) {
    const words = m[0].split(/[ \t,]+/);
    if (words.filter((w) => w.length > 1).length < 2) continue;
    if (!words.some((w) => NUMBER_WORD.has(w.replace(/[-'’].*$/, "")))) continue;
    const start = m.index ?? 0;
    runs.push({ start, end: start + m[0].length });
  }
  return runs;
}

/**
 * Lines written in title case ("Mill Owner Charged With Two Counts Of Fraud"): a headline of four
 * words or more, each opening with a capital, holding a number word. Only number words are read
 * there (`titleNumber`): digits after a capitalised word name one of a series ("Apollo 11 Crew").
 */
function titleCaseLines(body: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  for (const m of body.matchAll(/[^\n]+/g)) {
    // A word opening in lower case (a lower-case letter after no word character) ends the check
    // before the line's words are listed: most lines are prose.
    if (LOWER_WORD_START.test(m[0])) continue;
    const words = m[0].match(/[\p{L}\d][\p{L}\d'’-]*/gu) ?? [];
    if (words.length < 4 || !words.every((w) => /^[\p{Lu}\d]/u.test(w))) continue;
    if (words.every((w) => !/\p{Ll}/u.test(w))) continue; // all capitals: capitalRuns reads it
    if (!words.some((w) => titleNumber(w))) continue;
    const start = m.index ?? 0;
    lines.push({ start, end: start + m[0].length });
  }
  return lines;
}

const LOWER_WORD_START = /(?<![\p{L}\d'’-])\p{Ll}/u;

/** A number word opening with a capital ("Two", "Twenty-Four"). */
function titleNumber(word: string): boolean {
  return NUMBER_WORD.has(word.toUpperCase().replace(/[-'’].*$/, ""));
}

/**
 * Figures, also those an outlet writes in capitals ("THREE PEOPLE HAVE DIED …" beside another
 * outlet's "Three people died"): the figure patterns read lower-case words, so each stretch in
 * capitals holding a number word is read again from the body with that stretch in lower case (same
 * length, same offsets); so is a headline in title case, for its number words. A figure found there
 * that no figure of the body overlaps is added; its text is the article's own ("THREE").
 */
export function readFiguresWithCapitals(text: ArticleText): FigureDraft[] {
  const found = readFigures(text);
  const capitals = capitalRuns(text.body);
  const titles = titleCaseLines(text.body);
  const runs = [...capitals, ...titles];
  if (runs.length === 0) return found;
  let lowered = text.body;
  for (const { start, end } of runs)
    lowered =
      lowered.slice(0, start) + lowered.slice(start, end).toLowerCase() + lowered.slice(end);
  if (lowered.length !== text.body.length) return found;
  const again = readFigures(new ArticleText({ ...text.article, body: lowered }));
  const added = again.filter(
    (f) =>
      (capitals.some((r) => f.start >= r.start && f.end <= r.end) ||
        (titles.some((r) => f.start >= r.start && f.end <= r.end) &&
          titleNumber(text.body.slice(f.start, f.end)))) &&
      !found.some((g) => g.start < f.end && f.start < g.end),
  );
  if (added.length === 0) return found;
  return [...found, ...added].sort((x, y) => x.start - y.start || x.end - y.end);
}
