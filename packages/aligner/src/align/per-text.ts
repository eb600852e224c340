/** Distinct texts kept at most; then the readings start over (a long-running server). */
const LIMIT = 50_000;

/**
 * A reading of a statement's text alone, made once per distinct text and shared by every statement
 * that has it: a large story repeats the same sentences across outlets (agency copy, shared
 * quotes), and a generated 1,000-article story holds ~19,000 statements of ~1,400 texts. For
 * readings that depend on nothing else (not its lemmas, which masks can change, nor its span).
 */
export function perText<T>(read: (text: string) => T): (unit: { readonly text: string }) => T {
  const known = new Map<string, T>();
  return ({ text }) => {
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= LIMIT) known.clear();
      value = read(text);
      known.set(text, value);
    }
    return value as T;
  };
}
