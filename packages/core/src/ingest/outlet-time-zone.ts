import { UTC_PLUS_9_OUTLET_NAME_WORDS, UTC_PLUS_9_OUTLETS } from "../lexicons/news-outlets.ts";

/**
 * The UTC offset an outlet prints its times in, when the page does not say. Only zones without
 * daylight saving are inferred (Korea and Japan are UTC+9 all year); for anywhere else a time
 * without a zone stays ambiguous and the caller keeps the date only.
 */
const WORDS_OF_UTC_PLUS_9_OUTLETS = new RegExp(
  `(?<![\\p{L}-])(?:${[...UTC_PLUS_9_OUTLETS, ...UTC_PLUS_9_OUTLET_NAME_WORDS].map(escapeRegExp).join("|")})(?![\\p{L}-])`,
  "iu",
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Hangul or kana in the page (often in its chrome, e.g. "0/250자") marks a Korean or Japanese site. */
const SCRIPT_OFFSETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/, "+09:00"],
  [/[\u3040-\u30ff]/, "+09:00"],
];

export function outletUtcOffset(outletName: string, pageText: string): string | null {
  if (WORDS_OF_UTC_PLUS_9_OUTLETS.test(outletName)) return "+09:00";
  for (const [pattern, offset] of SCRIPT_OFFSETS) {
    if (pattern.test(pageText)) return offset;
  }
  return null;
}
