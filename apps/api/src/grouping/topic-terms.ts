/** Words too common in news to say what a story is about. */
export const STOPWORDS = new Set(
  `about above after again against also among another around because been before being below
  between both came come could does doing down during each even every first from further going had
  has have having here just last later less like made make many more most much must near never next
  none only other otherwise over said says same several should since some still such than that the
  their them then there these they this those though three through today told under until upon very
  want well were what when where whether which while will with within without would year years your
  into onto also week weeks month months day days time times told tells according reported report
  news read more photo published updated copyright rights reserved reporter reporters staff email
  click share comment comments article articles page pages`
    .split(/\s+/)
    .filter(Boolean),
);

const TERMS_PER_ARTICLE = 40;

/** A word: a letter, then three or more letters, digits, apostrophes or hyphens. */
const WORD = /\p{L}[\p{L}\p{N}'’-]{3,}/gu;

/**
 * The article's most frequent content words (lowercase, four letters or more): a lexical
 * fingerprint that groups articles on the same event even where extraction finds little.
 */
export function topicTerms(body: string): string[] {
  // Counted as written, lowercased once per distinct word: a 2 MB body has a few thousand
  // distinct words among its 300,000, and lowercasing the body and trimming every word cost
  // a quarter of a second there.
  const raw = new Map<string, number>();
  const words = new RegExp(WORD);
  for (let match = words.exec(body); match !== null; match = words.exec(body)) {
    raw.set(match[0], (raw.get(match[0]) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [written, n] of raw) {
    // Matched again once lowercased: a few letters lowercase to a letter and a combining mark
    // ("İ"), which ends a word there, as it did when the lowercased body was matched.
    for (const [lower] of written.toLowerCase().matchAll(WORD)) {
      const word = lower.replace(/['’]s$/, "").replace(/[-'’]+$/, "");
      if (word.length < 4 || STOPWORDS.has(word)) continue;
      counts.set(word, (counts.get(word) ?? 0) + n);
    }
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, TERMS_PER_ARTICLE)
    .map(([word]) => word)
    .sort();
}
