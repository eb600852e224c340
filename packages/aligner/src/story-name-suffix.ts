import { NAME_SUFFIXES } from "../lexicons/name-particles.ts";

const SUFFIXES: ReadonlySet<string> = new Set([...NAME_SUFFIXES].map((s) => s.toLowerCase()));

/**
 * A full name's generational suffix apart from its name ("ada lund jr" → ada lund + jr). Only when
 * a given name and a surname remain: "Lund Jr." or a regnal "King Ada II" keep theirs.
 */
export function splitSuffix(tokens: readonly string[]): {
  tokens: string[];
  suffix: string | null;
} {
  const last = tokens.at(-1);
  if (tokens.length < 3 || last === undefined || !SUFFIXES.has(last)) {
    return { tokens: [...tokens], suffix: null };
  }
  return { tokens: tokens.slice(0, -1), suffix: last };
}

/**
 * The names of a story that one outlet writes with a generational suffix and another without
 * ("Ada Lund Jr." and "Ada Lund" are one person), and the suffix that may be left out: the key
 * (name tokens joined) → that suffix. Not when the story writes two suffixes with that name ("Ada
 * Lund Sr." and "Ada Lund Jr.": father and son, and a plain "Ada Lund" could be either), unless
 * an article writes the plain name beside one of them as another person (`besidePlain`: its
 * extraction kept "Ada Lund" apart from "Ada Lund Jr."): the plain name is then the other one.
 */
export function droppableSuffixes(
  names: readonly { tokens: readonly string[]; suffix: string | null }[],
  besidePlain: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): ReadonlyMap<string, string> {
  const suffixes = new Map<string, Set<string>>();
  for (const { tokens, suffix } of names) {
    if (suffix === null) continue;
    const key = tokens.join(" ");
    suffixes.set(key, (suffixes.get(key) ?? new Set()).add(suffix));
  }
  const droppable = new Map<string, string>();
  for (const [key, found] of suffixes) {
    const apart = besidePlain.get(key);
    const left = [...found].filter((suffix) => !apart?.has(suffix));
    if (left.length === 1) droppable.set(key, left[0]!);
  }
  return droppable;
}

/**
 * The suffixes an article writes with a name it also writes plain, as two people ("Ada Lund Jr."
 * and her father "Ada Lund" in one article's entities): key (name tokens joined) → suffixes.
 */
export function suffixesBesidePlain(
  articles: readonly (readonly { tokens: readonly string[]; suffix: string | null }[])[],
): ReadonlyMap<string, ReadonlySet<string>> {
  const apart = new Map<string, Set<string>>();
  for (const names of articles) {
    const plain = new Set(names.filter((n) => n.suffix === null).map((n) => n.tokens.join(" ")));
    for (const { tokens, suffix } of names) {
      const key = tokens.join(" ");
      if (suffix !== null && plain.has(key))
        apart.set(key, (apart.get(key) ?? new Set()).add(suffix));
    }
  }
  return apart;
}
