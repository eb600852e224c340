/** Function words frequent enough that any English article is full of them. */
const ENGLISH = new Set(
  "the of and to a in is that for on with as was by at from it are said has have be this an".split(
    " ",
  ),
);

/**
 * A BCP 47 tag for the body's language, from its script (Hangul → ko, kana → ja, Han → zh,
 * Cyrillic → ru, Arabic → ar) or, for Latin text, from English function words; "und" when unsure.
 */
export function detectLanguage(body: string): string {
  const sample = body.slice(0, 20_000);
  let letters = 0;
  let hangul = 0;
  let kana = 0;
  let han = 0;
  let cyrillic = 0;
  let arabic = 0;
  for (const char of sample) {
    const code = char.codePointAt(0) ?? 0;
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if ((code >= 0xac00 && code <= 0xd7a3) || (code >= 0x1100 && code <= 0x11ff)) hangul++;
    else if (code >= 0x3040 && code <= 0x30ff) kana++;
    else if (code >= 0x4e00 && code <= 0x9fff) han++;
    else if (code >= 0x0400 && code <= 0x04ff) cyrillic++;
    else if (code >= 0x0600 && code <= 0x06ff) arabic++;
  }
  if (letters === 0) return "und";
  if (hangul / letters > 0.3) return "ko";
  if (kana / letters > 0.1) return "ja";
  if (han / letters > 0.3) return "zh";
  if (cyrillic / letters > 0.3) return "ru";
  if (arabic / letters > 0.3) return "ar";
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return "und";
  const english = words.filter((word) => ENGLISH.has(word)).length;
  return english / words.length >= 0.08 ? "en" : "und";
}
