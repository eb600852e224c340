/** Cardinal number words news English spells out, and the scale words after numbers. */
const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  a: 1,
  an: 1,
};

export const NUMBER_WORD_PATTERN =
  "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
/** The spelled-out numbers of NUMBER_WORD_PATTERN, for word-start lookups. */
export const NUMBER_WORDS = NUMBER_WORD_PATTERN.slice(3, -1).split("|");
export const DIGITS_PATTERN = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";
export const NUMBER_PATTERN = `(?:${DIGITS_PATTERN}|${NUMBER_WORD_PATTERN})`;

const SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** "350" → 350, "1,200.5" → 1200.5, "three" → 3; NaN when not a number. */
export function parseNumber(text: string): number {
  const lower = text.toLowerCase();
  if (lower in SMALL) return SMALL[lower]!;
  return Number(lower.replace(/,/g, ""));
}

export function scaleOf(word: string | undefined): number {
  return word === undefined ? 1 : (SCALE[word.toLowerCase()] ?? 1);
}
