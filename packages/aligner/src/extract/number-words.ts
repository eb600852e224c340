/**
 * Cardinal numbers as news English writes them: digits ("1,200.5"), words ("fifteen",
 * "twenty-five", "two hundred and ten", "a dozen", "half a dozen") and the scale words after them.
 * Vocabulary: English cardinal number words (any grammar of English); the one owner of number
 * words in the aligner.
 */
const UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"] as const;
const TEENS = [
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
] as const;
const TENS = [
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
] as const;

const WORD_VALUE: Record<string, number> = { zero: 0, a: 1, an: 1 };
UNITS.forEach((w, i) => {
  WORD_VALUE[w] = i + 1;
});
TEENS.forEach((w, i) => {
  WORD_VALUE[w] = i + 10;
});
TENS.forEach((w, i) => {
  WORD_VALUE[w] = (i + 2) * 10;
});

/** "fifteen" → "[Ff]ifteen": a number word opens sentences too ("Fifteen people were hurt"). */
const either = (words: readonly string[]) =>
  `(?:${words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})`;
/** 1–99 in words: "seven", "twelve", "twenty-five", "twenty five"; longest forms first. */
const BELOW_HUNDRED = `(?:${either(TENS)}(?:[- ]${either(UNITS)})?|${either(TEENS)}|${either(UNITS)})`;

/**
 * A number in words: 0–999 ("two hundred and ten", "a hundred"), "a dozen", "half a dozen",
 * "four dozen" (48, not 4).
 * Thousands and above are scale words read after the number ("three thousand", "1.2 million").
 */
export const NUMBER_WORD_PATTERN = `(?:(?:[Hh]alf an? |[Aa]n? )dozen|${BELOW_HUNDRED} dozen\\b|(?:${BELOW_HUNDRED}|[Aa]n?) hundred(?: (?:and )?${BELOW_HUNDRED})?|${BELOW_HUNDRED}|[Zz]ero)`;
/** The words a spelled-out number can start with, for word-start lookups ("a"/"half" excluded). */
export const NUMBER_WORDS: readonly string[] = ["zero", ...UNITS, ...TEENS, ...TENS];
/** Words that end a number led by "a", "an" or "half", to find those numbers from their end. */
export const NUMBER_TAIL_WORDS: readonly string[] = ["dozen", "hundred"];
export const DIGITS_PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
export const NUMBER_PATTERN = `(?:${DIGITS_PATTERN}|${NUMBER_WORD_PATTERN})`;

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** The scale words written out in full ("thousand", "million", "billion", "trillion"), largest last. */
export const SCALE_WORDS: readonly string[] = Object.keys(SCALE).filter((word) => word.length > 2);

/**
 * Whether a number before a counted noun is a year, not a count ("the 2019 floods", "1999
 * incidents"): four digits past 1800.
 */
export function readsAsYear(number: string, value: number): boolean {
  return /^\d{4}$/.test(number) && value > 1800;
}

/**
 * "350" → 350, "1,200.5" → 1200.5, "three" → 3, "Twenty-five" → 25, "two hundred and ten" → 210,
 * "a dozen" → 12, "half a dozen" → 6; NaN when not a number.
 */
export function parseNumber(text: string): number {
  const lower = text.toLowerCase().trim();
  if (/^[\d,.]+$/.test(lower)) return Number(lower.replace(/,/g, ""));
  let total = 0;
  let factor = 1;
  let seen = false;
  for (const word of lower.split(/[\s-]+/)) {
    if (word === "and" && seen) continue;
    if (word === "half" && !seen) {
      factor = 0.5;
      continue;
    }
    if (word === "hundred") total = (seen ? total : 1) * 100;
    else if (word === "dozen") total = (seen ? total : 1) * 12;
    else if (word in WORD_VALUE) total += WORD_VALUE[word]!;
    else return Number.NaN;
    seen = true;
  }
  return seen ? total * factor : Number.NaN;
}

export function scaleOf(word: string | undefined): number {
  return word === undefined ? 1 : (SCALE[word.toLowerCase()] ?? 1);
}
