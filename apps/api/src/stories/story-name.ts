import { STOPWORDS } from "../grouping/topic-terms.ts";

/** A headline word, and the key it matches others by ("U.S.–Korea" and "Korea-U.S." share one). */
interface Word {
  text: string;
  key: string;
}

const MAX_WORDS = 8;

function words(headline: string): Word[] {
  const raw = headline.split(/\s+/);
  return (
    raw
      // A word straight after a number belongs to the figure ("$40 million", "12 percent").
      .filter(
        (token, index) =>
          index === 0 || !/\p{N}/u.test(raw[index - 1] ?? "") || /^\p{Lu}/u.test(token),
      )
      .map((raw) =>
        raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, "").replace(/\.$/, (dot) =>
          // Keep the full stop of an abbreviation ("U.S."), drop a sentence's.
          /\p{L}\.\p{L}\.$/u.test(raw.replace(/[^\p{L}\p{N}.]+$/u, "")) ? dot : "",
        ),
      )
      .filter(Boolean)
      .map((text) => ({ text, key: keyOf(text) }))
      .filter((word) => word.key !== "")
  );
}

/** Lowercase letters of each hyphen/dash part, parts sorted: a pair named in either order matches. */
function keyOf(text: string): string {
  // Figures are what outlets dispute most; a story is not named after one outlet's number.
  if (/\p{N}/u.test(text)) return "";
  const parts = text
    .split(/[-–—/]/)
    .map((part) => part.toLowerCase().replace(/[^\p{L}]/gu, ""))
    .filter(Boolean);
  if (parts.length === 0) return "";
  if (parts.length === 1) {
    const [only] = parts as [string];
    const acronym = /^\p{Lu}[\p{Lu}.]+$/u.test(text);
    if (STOPWORDS.has(only) || (only.length < 4 && !acronym)) return "";
  }
  return parts.sort().join("|");
}

/**
 * A story name from what its articles' headlines share: the words (in the order one headline
 * gives them) that at least two headlines use, leaving out function words and figures — "Korea-U.S.
 * tariff talks" rather than one outlet's headline with its own contested number. Null when fewer
 * than two headlines or fewer than two shared words: the caller keeps the name it has.
 */
export function nameFromSharedWords(headlines: readonly (string | null)[]): string | null {
  const given = headlines.filter((h): h is string => Boolean(h?.trim())).map(words);
  if (given.length < 2) return null;
  const headlinesWith = new Map<string, number>();
  for (const headline of given) {
    for (const key of new Set(headline.map((w) => w.key))) {
      headlinesWith.set(key, (headlinesWith.get(key) ?? 0) + 1);
    }
  }
  const shared = (word: Word) => (headlinesWith.get(word.key) ?? 0) >= 2;
  // The headline holding the most shared words gives their order; the earliest wins a tie.
  let best: Word[] = [];
  for (const headline of given) {
    const kept = headline.filter(
      (word, index) => shared(word) && headline.findIndex((w) => w.key === word.key) === index,
    );
    if (kept.length > best.length) best = kept;
  }
  if (best.length < 2) return null;
  const name = best
    .slice(0, MAX_WORDS)
    .map((w) => w.text)
    .join(" ");
  return name.charAt(0).toUpperCase() + name.slice(1);
}
