/** Longest line still read as a headline. */
const MAX_HEADLINE_LENGTH = 200;
const MAX_HEADLINE_WORDS = 30;
const MAX_SUBHEADING_WORDS = 14;

/** Ends like a sentence: a full stop, colon, comma or semicolon, maybe inside closing quotes. */
const SENTENCE_END = /[.,;:]["'”’)]*$/;

/**
 * A line that reads like a title: short, starts with a capital, digit or quote, and does not end
 * like a sentence ("?" and "!" are fine: headlines ask and exclaim).
 */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  if (text.length < 8 || text.length > MAX_HEADLINE_LENGTH) return false;
  if (countWords(text) > MAX_HEADLINE_WORDS) return false;
  if (!/^[\p{Lu}\p{N}"'“‘[(]/u.test(text)) return false;
  if (!/\p{L}/u.test(text)) return false;
  return !SENTENCE_END.test(text);
}

/**
 * A sub-heading inside the body: a short title-like line ("Tariff Talks Advance as US Weighs
 * 10-Year Deal"), mostly capitalised words or one short phrase with no verb-ending punctuation.
 */
export function looksLikeSubheading(line: string): boolean {
  const text = line.trim();
  if (!looksLikeHeadline(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > MAX_SUBHEADING_WORDS || words.length < 2) return false;
  if (/[?!]["'”’]*$/.test(text) && words.length > 8) return false;
  // Quoted speech on its own line is a quote, not a heading.
  if (/^["“]/.test(text)) return false;
  const lexical = words.filter((word) => /^\p{L}/u.test(word) && word.length > 3);
  const capitalised = lexical.filter((word) => /^\p{Lu}/u.test(word));
  return lexical.length === 0 || capitalised.length / lexical.length >= 0.6 || words.length <= 6;
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
