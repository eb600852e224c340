/**
 * The UTC offset an outlet prints its times in, when the page does not say. Only zones without
 * daylight saving are inferred (Korea and Japan are UTC+9 all year); for anywhere else a time
 * without a zone stays ambiguous and the caller keeps the date only.
 */
const FIXED_OFFSET_OUTLETS: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /\b(?:korea|korean|joongang|chosun|donga|dong-a|hankyoreh|hankook|yonhap|kyunghyang|maeil|munhwa|seoul|busan|kbs|mbc|sbs|jtbc|ytn|arirang|news1|newsis|edaily|herald corp)\b/i,
    "+09:00",
  ],
  [/\b(?:japan|nikkei|asahi|yomiuri|mainichi|kyodo|nhk|sankei|jiji)\b/i, "+09:00"],
];

/** Hangul or kana in the page (often in its chrome, e.g. "0/250자") marks a Korean or Japanese site. */
const SCRIPT_OFFSETS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/, "+09:00"],
  [/[\u3040-\u30ff]/, "+09:00"],
];

export function outletUtcOffset(outletName: string, pageText: string): string | null {
  for (const [pattern, offset] of FIXED_OFFSET_OUTLETS) {
    if (pattern.test(outletName)) return offset;
  }
  for (const [pattern, offset] of SCRIPT_OFFSETS) {
    if (pattern.test(pageText)) return offset;
  }
  return null;
}
