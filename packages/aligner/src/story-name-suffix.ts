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
 * ("Ada Lund Jr." and "Ada Lund" are one person), unless the story writes two suffixes with that
 * name ("Ada Lund Sr." and "Ada Lund Jr.": father and son, and a plain "Ada Lund" could be
 * either): the keys (name tokens joined) whose suffix may be left out.
 */
export function droppableSuffixes(
  names: readonly { tokens: readonly string[]; suffix: string | null }[],
): ReadonlySet<string> {
  const suffixes = new Map<string, Set<string>>();
  for (const { tokens, suffix } of names) {
    if (suffix === null) continue;
    const key = tokens.join(" ");
    suffixes.set(key, (suffixes.get(key) ?? new Set()).add(suffix));
  }
  return new Set([...suffixes].filter(([, found]) => found.size === 1).map(([key]) => key));
}
