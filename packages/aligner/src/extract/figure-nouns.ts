/** Plurals whose singular is not the word less its "s"; "persons" counts what "people" does. */
const IRREGULAR_SINGULAR: Record<string, string> = {
  men: "man",
  women: "woman",
  children: "child",
  persons: "people",
};

/** "robbers" → "robber", "bodies" → "body", "men" → "man": the unit a counted noun names. */
export function singular(noun: string): string {
  const irregular = IRREGULAR_SINGULAR[noun];
  if (irregular !== undefined) return irregular;
  if (/ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(?:ss|sh|ch|x)es$/.test(noun)) return noun.slice(0, -2);
  return noun.replace(/s$/, "");
}
