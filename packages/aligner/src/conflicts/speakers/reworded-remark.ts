/** A quotation as the speaker check reads it: its content lemmas and its words, lower-cased. */
type QuotedWords = { readonly lemmas: ReadonlySet<string>; readonly words: string };

/** The shorter quotation must hold at least this many words of three letters or more. */
export const REWORDED_MIN_WORDS = 5;
/** …and this many content lemmas at most: a remark of common words. */
const MAX_LEMMAS = 1;

const longWordsOf = new Map<string, ReadonlySet<string>>();

/** The words of three letters or more, read once per distinct quotation (a story repeats them). */
function longWords(words: string): ReadonlySet<string> {
  let found = longWordsOf.get(words);
  if (!found) {
    if (longWordsOf.size > 50_000) longWordsOf.clear();
    found = new Set(words.split(" ").filter((w) => w.length >= 3));
    longWordsOf.set(words, found);
  }
  return found;
}

/**
 * A remark of common words ("If I could pay you more, I would") has no content word, or one, for the
 * same-words check to weigh, so another outlet's wording of it ("If there was any more I could pay
 * you, I would") is not found as the same remark. It is when every word of three letters or more of
 * the shorter quotation, five at least, and its content lemmas are all in the longer one.
 * Only for a speaker row's members: the conflict itself is decided on the same words.
 */
export function rewordedRemark(a: QuotedWords, b: QuotedWords): boolean {
  // Whichever is the shorter, it holds too many content lemmas: no word set is read.
  if (a.lemmas.size > MAX_LEMMAS && b.lemmas.size > MAX_LEMMAS) return false;
  const wa = longWords(a.words);
  const wb = longWords(b.words);
  const [short, long, shortLemmas, longLemmas] =
    wa.size <= wb.size ? [wa, wb, a.lemmas, b.lemmas] : [wb, wa, b.lemmas, a.lemmas];
  if (short.size < REWORDED_MIN_WORDS || shortLemmas.size > MAX_LEMMAS) return false;
  for (const lemma of shortLemmas) if (!longLemmas.has(lemma)) return false;
  for (const w of short) if (!long.has(w)) return false;
  return true;
}

/**
 * The quotations, by index, that can be a common-word wording of a side's remark (`rewordedRemark`
 * with the quotation the shorter): each is filed under its longest word, which the side must hold,
 * so a row reads a few quotations, not every one of the story.
 */
export function rewordedCandidates(
  quotes: readonly QuotedWords[],
): (side: QuotedWords) => number[] {
  const byWord = new Map<string, number[]>();
  quotes.forEach((q, index) => {
    if (q.lemmas.size > MAX_LEMMAS) return;
    const words = [...longWords(q.words)];
    if (words.length < REWORDED_MIN_WORDS) return;
    const key = words.reduce((x, y) =>
      y.length > x.length || (y.length === x.length && y < x) ? y : x,
    );
    const list = byWord.get(key);
    if (list) list.push(index);
    else byWord.set(key, [index]);
  });
  return (side) => [...longWords(side.words)].flatMap((w) => byWord.get(w) ?? []);
}
