import type { Figure, FigureKind } from "@parallax/core";
import type { ArticleText } from "./article-text.ts";
import { readCompoundCounts, readMagnitudes } from "./compound-figures.ts";
import { measureAfter } from "./figure-measure.ts";
import { singular } from "./figure-nouns.ts";
import { moneyRangeUpper } from "./money-ranges.ts";
import {
  DIGITS_PATTERN,
  NUMBER_PATTERN,
  NUMBER_TAIL_WORDS,
  NUMBER_WORDS,
  parseNumber,
  scaleOf,
} from "./number-words.ts";
import { readTimesOfDay } from "./times-of-day.ts";
import {
  charPositions,
  everyMatchAt,
  matchesAt,
  mergeSorted,
  shifted,
  sticky,
  wordQuery,
} from "./word-index.ts";

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
const CURRENCY_WORD: Record<string, string> = {
  dollar: "USD",
  dollars: "USD",
  won: "KRW",
  yen: "JPY",
  euro: "EUR",
  euros: "EUR",
  yuan: "CNY",
  pound: "GBP",
  pounds: "GBP",
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
const COUNT_RANGE = new RegExp(
  `\\b(${NUMBER_PATTERN}) (?:or|to) (${NUMBER_PATTERN})(?: (thousand|million|billion|trillion))?(?: of (?:the )?)?\\s?((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*s)\\b`,
  "gi",
);
// "3.1 million cars": a scale word multiplies a count as it does money; "92 KOs", "12 MPs": the
// plural of an abbreviation counts too.
const COUNT_SINGLE = new RegExp(
  `\\b(${NUMBER_PATTERN})(?: (thousand|million|billion|trillion))? ((?:[a-z][a-z-]* ){0,3}?(?:[a-z][a-z-]*s|[A-Z]{2,}s|people|children|men|women))\\b`,
  "g",
);
// Sticky twins, tried only where a number, a currency sign or a unit word starts (word-index.ts).
const MONEY_SYMBOL_AT = sticky(MONEY_SYMBOL);
const MONEY_WORD_AT = sticky(MONEY_WORD);
const PERCENT_UNIT_AT = sticky(PERCENT_UNIT);
const DURATION_UNIT_AT = sticky(DURATION_UNIT);
const COUNT_RANGE_AT = sticky(COUNT_RANGE);
const COUNT_SINGLE_AT = sticky(COUNT_SINGLE);
const DURATION_WORDS = wordQuery(
  ["year", "month", "week", "day", "hour", "minute", "decade"].flatMap((w) => [w, `${w}s`]),
  true,
);
const NUMBER_WORD_QUERY = wordQuery(NUMBER_WORDS, true);
const NUMBER_TAIL_QUERY = wordQuery(NUMBER_TAIL_WORDS, true);
/** "a dozen", "an hundred", "half a dozen": how far before its last word such a number starts. */
const NUMBER_TAIL_OFFSETS = [2, 3, 7];
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
 * "killing 12", "injuring at least 15 and …": a number right after a verb of harm or rescue
 * counts people even without the noun. Vocabulary: the verbs casualty and rescue reports use
 * (English news style), each with the participle that names the measure.
 */
const CASUALTY_STEMS: Record<string, string> = {
  kill: "killed",
  injur: "injured",
  wound: "wounded",
  hurt: "hurt",
  arrest: "arrested",
  rescu: "rescued",
  evacuat: "evacuated",
  displac: "displaced",
  hospitaliz: "hospitalized",
  hospitalis: "hospitalized",
  detain: "detained",
};
const CASUALTY = new RegExp(
  `\\b(${Object.keys(CASUALTY_STEMS).join("|")})(?:ing|ed|e|es|s)? (?:(?:at least|about|around|nearly|almost|more than|over|some|up to|another) )?(${NUMBER_PATTERN})(?=\\s*(?:[,.;:)—–]|$)|\\s(?:and|in|on|at|when|after|before|as|while|during|including|across|since)\\b)`,
  "g",
);
const CASUALTY_AT = sticky(CASUALTY);
const CASUALTY_WORDS = wordQuery(
  Object.keys(CASUALTY_STEMS).flatMap((stem) =>
    ["ing", "ed", "e", "es", "s", ""]
      .map((end) => `${stem}${end}`)
      .filter((w) => /^[a-z]+$/.test(w)),
  ),
  true,
);
/** "fifteen people were injured": the participle after a count of people names what it counts. */
const PEOPLE_PARTICIPLE = new RegExp(
  `^ (?:were|was|have been|had been|are|been) (?:(?:reported|confirmed|later) )?(${Object.values(CASUALTY_STEMS).join("|")})\\b`,
);
/** "10 to 15" / "10-15" / "between 10 and" just before a unit's last number: one range. */
const RANGE_LOWER = new RegExp(`\\b(?:between )?(${NUMBER_PATTERN})(?: (?:or|to|and) |[-–])$`, "i");
const PERCENT_WORDS = wordQuery(["percent", "per", "percentage"], true);
/** "US$", "U.S. $", "USD ": the longest prefix before a currency sign. */
const MONEY_PREFIX_CHARS = 5;

const DEFINITE_BEFORE = /\b(?:[Tt]he|these|those|their|its|both|all) $/;
/**
 * "the four men accused of …", "the two robbers, one of whom …", "the two women and a man were
 * killed", "the three guards – two men and a woman – were hurt": a definite count that the words
 * after it define (who is accused, charged, killed, with "were" and one more person named beside
 * them or an aside between dashes or not) states how many there are, as "four men
 * accused" does; "the two leaders" alone refers back to a group without counting it.
 */
const DEFINED_AFTER = new RegExp(
  `^(?:(?:\\s+and (?:a|an|one|${NUMBER_PATTERN}) [a-z]+|\\s*[-–—]+[^-–—.;]{1,30}?[-–—]+)?(?:\\s+(?:were|was|are|have been|had been))?\\s+(?:accused|charged|suspected|arrested|convicted|indicted|held|${Object.values(CASUALTY_STEMS).join("|")})\\b|,\\s+(?:${NUMBER_PATTERN}|all|both|some|most|none|each) of (?:whom|them)\\b)`,
);
const NOT_COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|percent|sides|of|others|ones)$/;
/** "three times more", "two times as many": a multiplier, not a count of occasions. */
const MULTIPLIER_AFTER =
  /^\s+(?:more|less|fewer|as|higher|lower|larger|smaller|bigger|greater|faster|slower|the|that|than|over|a|an|per)\b/i;
/** Words that never stand between a number and what it counts: "12 were hurt", "3 of the". */
const NOT_A_MODIFIER =
  /^(?:and|or|of|the|a|an|in|on|at|by|to|for|from|with|that|which|who|was|were|is|are|has|have|had|been|be|his|her|its|this|these|those|their|as|us|yes|than|per|more|less)$/;
const TIME_UNIT = /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)$/;
/** Words that keep "two or three more days" a length of time rather than a count of days. */
const DURATION_MODIFIER =
  /^(?:more|extra|additional|full|straight|consecutive|further|whole|long|short|working|business)$/;
const MONTH_BEFORE =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s$/;

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
  const add = (
    start: number,
    end: number,
    kind: FigureKind,
    value: number,
    upperValue: number | null,
    unit: string,
    measure: string | null,
  ) => {
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
    const unit = CURRENCY_WORD[(m[4] ?? "").toLowerCase()] ?? "USD";
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
  for (const m of matchesAt(body, COUNT_RANGE_AT, numberStarts)) {
    const noun = m[4] ?? "";
    const nounWords = noun.split(" ");
    const head = nounWords.pop() ?? "";
    // "one or two bad months" counts months (events); "two or three more days" is a duration.
    const modified = nounWords.some((w) => DURATION_MODIFIER.test(w.toLowerCase()));
    const timeUnit = TIME_UNIT.test(head) && nounWords.length > 0;
    if (timeUnit && modified && m[3] === undefined) {
      const end = m.index + m[0].length;
      const [lower, upper] = [parseNumber(m[1] ?? ""), parseNumber(m[2] ?? "")];
      if (lower < upper) add(m.index, end, "duration", lower, upper, singular(head), null);
      continue;
    }
    if (NOT_COUNTED.test(head) && !timeUnit) continue;
    const numbersEnd = m.index + m[0].length - noun.length;
    const figureEnd = m.index + `${m[1]} or ${m[2]}${m[3] ? ` ${m[3]}` : ""}`.length;
    const measureStart = body.slice(figureEnd, numbersEnd).length > 0 ? figureEnd : numbersEnd;
    const measure = body
      .slice(measureStart, m.index + m[0].length)
      .replace(/^\s*of\s+/, "")
      .trim();
    add(
      m.index,
      figureEnd,
      "count",
      parseNumber(m[1] ?? "") * scaleOf(m[3]),
      parseNumber(m[2] ?? "") * scaleOf(m[3]),
      singular(head),
      measure || null,
    );
  }
  for (const m of everyMatchAt(body, COUNT_SINGLE_AT, numberStarts)) {
    const number = m[1] ?? "";
    const noun = m[3] ?? "";
    const nounWords = noun.split(" ");
    const head = nounWords.at(-1) ?? "";
    const value = parseNumber(number) * scaleOf(m[2]);
    if (NOT_COUNTED.test(head) || nounWords.some((w) => NOT_COUNTED.test(w))) continue;
    // "a 6.2 magnitude quake has levelled …", "two dressed as nurses": a word ending in "s" that is
    // a function word or a form of "be"/"have" ("has", "as", "is") is no noun counted.
    if (NOT_A_MODIFIER.test(head)) continue;
    // "1,300 federal and independent scientists": adjectives (joined by "and") between the number
    // and the noun, never a function word, a verb form of "be"/"have" or another plural noun.
    const modifiers = nounWords.slice(0, -1);
    if (
      modifiers.some((w, i) => NOT_A_MODIFIER.test(w) && !(w === "and" && i > 0)) ||
      modifiers.at(-1) === "and" ||
      (modifiers.length > 1 && modifiers.some((w) => /[^s]s$/.test(w)))
    )
      continue;
    if (head === "times" && MULTIPLIER_AFTER.test(body.slice(m.index + m[0].length))) continue;
    if (value < 2 || (/^\d{4}$/.test(number) && value > 1800)) continue;
    // "the two leaders" refers back to a known group; "of the 27 member states" counts them: after
    // a determiner only a number written in digits, from 3 up, is a count.
    const before = body.slice(Math.max(0, m.index - 7), m.index);
    if (/[.:/]$/.test(before)) continue;
    if (
      DEFINITE_BEFORE.test(before) &&
      !(/^\d/.test(number) && parseNumber(number) >= 3) &&
      !DEFINED_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 40))
    )
      continue;
    if (MONTH_BEFORE.test(body.slice(Math.max(0, m.index - 10), m.index))) continue;
    if (/^\s?(?:a\.m\.|p\.m\.)/i.test(body.slice(m.index + number.length))) continue;
    const figureEnd = m.index + m[0].length - noun.length - 1;
    const participle =
      head === "people"
        ? PEOPLE_PARTICIPLE.exec(body.slice(m.index + m[0].length, m.index + m[0].length + 40))
        : null;
    add(m.index, figureEnd, "count", value, null, singular(head), participle?.[1] ?? noun);
  }
  for (const m of matchesAt(body, CASUALTY_AT, words.starts(CASUALTY_WORDS))) {
    const number = m[2] ?? "";
    const value = parseNumber(number);
    if (!(value >= 1) || (/^\d{4}$/.test(number) && value > 1800)) continue;
    const end = m.index + m[0].length;
    add(
      end - number.length,
      end,
      "count",
      value,
      null,
      "people",
      CASUALTY_STEMS[m[1] ?? ""] ?? null,
    );
  }
  for (const m of matchesAt(body, FRACTION_AT, words.starts(FRACTION_WORDS))) {
    const numerator = parseNumber(m[1] ?? "");
    const denominator = DENOMINATOR[(m[2] ?? "").toLowerCase().replace(/s$/, "")];
    if (denominator === undefined || !(numerator < denominator)) continue;
    const end = m.index + m[0].length;
    const share = Math.round((numerator / denominator) * 10000) / 100;
    add(m.index, end, "percent", share, null, "percent", measureAfter(body, end));
  }
  for (const c of [...readMagnitudes(body), ...readCompoundCounts(body)])
    add(c.start, c.end, "count", c.value, null, c.unit, c.measure);
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * The lower end of a range written before a unit's number ("10 to 15 percent", "10-15%", "between
 * 10 and 15 percent", "two or three years"); null when there is none or it is a change ("from 2 to
 * 3 years").
 */
function rangeBefore(
  body: string,
  start: number,
  upper: number,
): { lower: number; start: number } | null {
  const range = RANGE_LOWER.exec(body.slice(Math.max(0, start - 32), start));
  if (!range) return null;
  const lower = parseNumber(range[1] ?? "");
  const rangeStart = start - range[0].length;
  if (!(lower < upper)) return null;
  if (/ and $/i.test(range[0]) && !/^between /i.test(range[0])) return null;
  if (/\bfrom $/i.test(body.slice(Math.max(0, rangeStart - 5), rangeStart))) return null;
  return { lower, start: rangeStart };
}
