/** Distinct texts kept at most; then the memo starts over (a long-running server). */
const LIMIT = 20_000;

/**
 * A reading of a text under a key (a place in it, a happening), made once per text and key: a
 * large story repeats its sentences across outlets (agency copy, shared quotes), and its events
 * ask the same text the same question over and over. Bounded: past `limit` texts it starts over.
 * The reading never gives undefined.
 */
export function textMemo<T>(
  read: (text: string, key: string) => T,
  limit = LIMIT,
): (text: string, key: string) => T {
  const byText = new Map<string, Map<string, T>>();
  return (text, key) => {
    let known = byText.get(text);
    if (!known) {
      if (byText.size >= limit) byText.clear();
      known = new Map();
      byText.set(text, known);
    }
    let value = known.get(key);
    if (value === undefined) {
      value = read(text, key);
      known.set(key, value);
    }
    return value;
  };
}
