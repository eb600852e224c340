import type { Figure } from "@parallax/core";
import { CURRENCY_WORD_CODES } from "../../lexicons/currency-words.ts";
import type { ArticleText } from "./article-text.ts";
import { readCasualties } from "./casualty-counts.ts";
import { readCompoundCounts, readMagnitudes } from "./compound-figures.ts";
import { type AddFigure, MONTH_BEFORE, readCounts } from "./counted-nouns.ts";
import { measureAfter } from "./figure-measure.ts";
import { moneyRangeUpper } from "./money-ranges.ts";
import { readNeededCounts } from "./needed-counts.ts";
import { rangeBefore } from "./number-ranges.ts";
import {
  DIGITS_PATTERN,
  NUMBER_PATTERN,
  NUMBER_TAIL_WORDS,
  NUMBER_WORDS,
  parseNumber,
  readsAsYear,
  scaleOf,
} from "./number-words.ts";
import { readPartitives } from "./partitive-counts.ts";
import { readTimesOfDay } from "./times-of-day.ts";
import { charPositions, matchesAt, mergeSorted, shifted, sticky, wordQuery } from "./word-index.ts";

/** A figure before ids are assigned. */
export type FigureDraft = Omit<Figure, "id" | "span" | "text"> & { start: number; end: number };

const SCALE_WORD = "(?:trillion|billion|million|thousand|tn|bn|mn)";
const CURRENCY_SYMBOL: Record<string, string> = {
  $: "USD",
  "₩": "KRW",
  "¥": "JPY",
  "€": "EUR",
  "£": "GBP",
};

/**
 * "$350 billion", "US$ 2.6m", "$137-million" (the scale word may be hyphenated to the sum), and a
 * scale letter written against it: "$200MM", "$40M", "$3B", "$500K".
 */
const MONEY_SYMBOL = new RegExp(
  `(?:(?:US|U\\.S\\.|USD)\\s?)?([$₩¥€£])\\s?(${DIGITS_PATTERN})(?:[\\s-]?(${SCALE_WORD})\\b|(MM|mm|[mMbBkK])\\b)?`,
  "g",
);
// "two million euros", and joined by hyphens before what it measures: "a two-million-euro haul"
// (a scale word is required there: "a 10-pound baby" weighs, it costs nothing).
const MONEY_WORD = new RegExp(
  `\\b(${NUMBER_PATTERN})(?:(?:\\s(${SCALE_WORD}))?\\s|-(${SCALE_WORD})-)(?:(?:US|U\\.S\\.)\\s)?(dollars?|won|yen|euros?|yuan|pounds?)\\b`,
  "gi",
);
// Unit-first patterns: the regex engine looks for the rare unit, then the number just before it.
const PERCENT_UNIT = /\s?%|\s(?:percent|per cent|percentage points?)\b/gi;
const DURATION_UNIT =
  /[-\s](?:year|month|week|day|hour|minute|decade)s?\b(?![-\s]old\b)(?!\s+(?:after|before|ago|earlier|later|from now)\b)/gi;
const NUMBER_AT_END = new RegExp(`\\b(${NUMBER_PATTERN})$`, "i");
// Sticky twins, tried only where a number, a currency sign or a unit word starts (word-index.ts).
const MONEY_SYMBOL_AT = sticky(MONEY_SYMBOL);
const MONEY_WORD_AT = sticky(MONEY_WORD);
const PERCENT_UNIT_AT = sticky(PERCENT_UNIT);
const DURATION_UNIT_AT = sticky(DURATION_UNIT);
const DURATION_WORDS = wordQuery(
  ["year", "month", "week", "day", "hour", "minute", "decade"].flatMap((w) => [w, `${w}s`]),
  true,
);
const NUMBER_WORD_QUERY = wordQuery(NUMBER_WORDS, true);
const NUMBER_TAIL_QUERY = wordQuery(NUMBER_TAIL_WORDS, true);
/** "a dozen", "an hundred", "half a dozen": how far before its last word such a number starts. */
const NUMBER_TAIL_OFFSETS = [2, 3, 7];
/** The words a magnitude not led by its digits opens with ("magnitude 5.9", "measuring 5.6"). */
const MAGNITUDE_WORDS = wordQuery(["magnitude", "measuring"], true);
/**
 * "two-thirds of voters", "a quarter of the budget": a fraction of something is a share, kept as
 * a percentage so it meets "67 percent" of the same thing. Only with "of" after it and a
 * numerator before it ("the third of May" is a date, "a third" alone no share).
 */
const FRACTION =
  /\b([Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Aa])[- ](halfs?|halves|thirds?|quarters?|fourths?|fifths?|tenths?)(?= of\b)/g;
const FRACTION_AT = sticky(FRACTION);
const FRACTION_WORDS = wordQuery(["one", "two", "three", "four", "a"], true);
const DENOMINATOR: Record<string, number> = {
  half: 2,
  halve: 2,
  third: 3,
  quarter: 4,
  fourth: 4,
  fifth: 5,
  tenth: 10,
};
/**
 * "six in 10 voters", "one out of four Norlanders": a share told as so many in a round whole is a
 * percentage of what follows, as "60 percent of voters" is; the whole is no count ("10 voters").
 */
const SHARE_IN = new RegExp(
  `\\b(${NUMBER_PATTERN}) (?:in|out of) (10|100|1,000|three|four|five|ten|a hundred|a thousand)\\b(?![-.,]?\\d)`,
  "gi",
);
const SHARE_IN_AT = sticky(SHARE_IN);
const PERCENT_WORDS = wordQuery(["percent", "per", "percentage"], true);
/** "US$", "U.S. $", "USD ": the longest prefix before a currency sign. */
const MONEY_PREFIX_CHARS = 5;

/**
 * Money, percentages (fractions of something too), durations, counts and times of day,
 * normalised: "$350 billion" and "350 billion dollars" → 3.5e11 USD; "one or two items" → 1..2;
 * "Fifteen people were injured" and "injuring 15" → 15 people, measure "injured"; "2 a.m." → 120
 * minutes after midnight (kind "time"). Only numbers with a unit, a counted noun or a clock
 * reading qualify, so dates and ordinals ("Oct. 24", "the 22nd", "Terminal 2") are never figures.
 */
export function readFigures(text: ArticleText): FigureDraft[] {
  const { body } = text;
  const out: FigureDraft[] = [];
  const taken = new Uint8Array(body.length + 1);
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i += 1) if (taken[i] === 1) return false;
    return true;
  };
  const add: AddFigure = (start, end, kind, value, upperValue, unit, measure) => {
    if (!Number.isFinite(value) || !free(start, end)) return;
    taken.fill(1, start, end);
    out.push({ start, end, kind, value, upperValue, unit, measure });
  };

  const { words } = text;
  const signs = charPositions(body, "$₩¥€£");
  const moneyStarts = mergeSorted(
    Array.from({ length: MONEY_PREFIX_CHARS + 1 }, (_, k) => shifted(signs, -k)),
  );
  const tails = words.starts(NUMBER_TAIL_QUERY);
  const numberStarts = mergeSorted([
    words.digitStarts(),
    words.starts(NUMBER_WORD_QUERY),
    ...NUMBER_TAIL_OFFSETS.map((k) => shifted(tails, -k)),
  ]);
  // Every offset a number can start at ("half an dozen" too): the readers below were whole-body
  // scans, and run sticky here with the same matches.
  const everyNumberStart = mergeSorted([numberStarts, shifted(tails, -8)]);

  for (const t of readTimesOfDay(body, words)) {
    add(t.start, t.end, "time", t.minutes, null, t.zone ? `time ${t.zone}` : "time", null);
  }
  const percentStarts = mergeSorted([
    shifted(charPositions(body, "%"), -1),
    charPositions(body, "%"),
    shifted(words.starts(PERCENT_WORDS), -1),
  ]);
  const durationStarts = shifted(words.starts(DURATION_WORDS), -1);

  for (const m of matchesAt(body, MONEY_SYMBOL_AT, moneyStarts)) {
    const range = m[3] || m[4] ? null : moneyRangeUpper(body, m.index + m[0].length, m[2] ?? "");
    const end = range?.end ?? m.index + m[0].length;
    const value = parseNumber(m[2] ?? "") * (range?.scale ?? scaleOf(m[3] ?? m[4]));
    add(
      m.index,
      end,
      "money",
      value,
      range?.upper ?? null,
      CURRENCY_SYMBOL[m[1] ?? "$"] ?? "USD",
      measureAfter(body, end),
    );
  }
  for (const m of matchesAt(body, MONEY_WORD_AT, numberStarts)) {
    const end = m.index + m[0].length;
    const value = parseNumber(m[1] ?? "") * scaleOf(m[2] ?? m[3]);
    const unit = CURRENCY_WORD_CODES[(m[4] ?? "").toLowerCase()] ?? "USD";
    add(m.index, end, "money", value, null, unit, measureAfter(body, end));
  }
  for (const m of matchesAt(body, PERCENT_UNIT_AT, percentStarts)) {
    const number = NUMBER_AT_END.exec(body.slice(Math.max(0, m.index - 24), m.index));
    if (!number) continue;
    const start = m.index - number[0].length;
    const end = m.index + m[0].length;
    const unit = /point/i.test(m[0]) ? "percentage point" : "percent";
    const value = parseNumber(number[1] ?? "");
    const range = rangeBefore(body, start, value);
    if (range) {
      add(range.start, end, "percent", range.lower, value, unit, measureAfter(body, end));
      continue;
    }
    add(start, end, "percent", value, null, unit, measureAfter(body, end));
  }
  for (const m of matchesAt(body, DURATION_UNIT_AT, durationStarts)) {
    const number = NUMBER_AT_END.exec(body.slice(Math.max(0, m.index - 24), m.index));
    if (!number) continue;
    const start = m.index - number[0].length;
    if (MONTH_BEFORE.test(body.slice(Math.max(0, start - 10), start))) continue;
    // "served 4 1/2 months", "41/2 months": the number after a slash is a fraction's denominator.
    if (body[start - 1] === "/") continue;
    const end = m.index + m[0].length;
    const unit = m[0].slice(1).toLowerCase().replace(/s$/, "");
    const value = parseNumber(number[1] ?? "");
    // "two or three years", "5 to 10 years": one range, not its upper end alone.
    const range = rangeBefore(body, start, value);
    if (range) {
      add(range.start, end, "duration", range.lower, value, unit, measureAfter(body, end));
      continue;
    }
    add(start, end, "duration", value, null, unit, measureAfter(body, end));
  }
  for (const m of matchesAt(body, SHARE_IN_AT, numberStarts)) {
    const part = parseNumber(m[1] ?? "");
    const whole = parseNumber((m[2] ?? "").replace(/^a /i, "one "));
    if (!(part > 0 && whole > 0) || readsAsYear(m[1] ?? "", part)) continue;
    const end = m.index + m[0].length;
    const share = Math.round((part / whole) * 10000) / 100;
    add(m.index, end, "percent", share, null, "percent", measureAfter(body, end));
  }
  readCounts(body, numberStarts, add);
  readCasualties(body, words, everyNumberStart, add);
  readPartitives(body, numberStarts, out, add);
  readNeededCounts(body, out, add);
  for (const m of matchesAt(body, FRACTION_AT, words.starts(FRACTION_WORDS))) {
    const numerator = parseNumber(m[1] ?? "");
    const denominator = DENOMINATOR[(m[2] ?? "").toLowerCase().replace(/s$/, "")];
    if (denominator === undefined || !(numerator < denominator)) continue;
    const end = m.index + m[0].length;
    const share = Math.round((numerator / denominator) * 10000) / 100;
    add(m.index, end, "percent", share, null, "percent", measureAfter(body, end));
  }
  for (const c of readMagnitudes(
    body,
    mergeSorted([words.digitStarts(), words.starts(MAGNITUDE_WORDS)]),
  ))
    add(c.start, c.end, "count", c.value, null, c.unit, c.measure);
  for (const c of readCompoundCounts(body, everyNumberStart))
    add(c.start, c.end, "count", c.value, null, c.unit, c.measure);
  out.sort((a, b) => a.start - b.start);
  return out;
}
