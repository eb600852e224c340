import { nameKey } from "../entity-records.ts";

/**
 * "Hilary Vint" and "Hillary Vint" in one article are one person: a given name written once with
 * a doubled letter undoubled (or the other way round) is a slip of the pen, not a second person of
 * the same surname. The key of a name with every run of one repeated letter in its given names
 * written once, the surname kept as written; null for a name of one word.
 */
export function spellingKey(name: string): string | null {
  const words = name
    .split(/\s+/)
    .map(nameKey)
    .filter((w) => w !== "");
  if (words.length < 2) return null;
  const given = words.slice(0, -1).map((w) => w.replace(/(\p{L})\1+/gu, "$1"));
  return [...given, words.at(-1)].join(" ");
}

/** People of one article by their spelling key (`spellingKey`). */
export class SpellingVariants {
  private readonly byKey = new Map<string, number>();

  /** The person this name is another spelling of, if any. */
  find(name: string): number | undefined {
    const key = spellingKey(name);
    return key === null ? undefined : this.byKey.get(key);
  }

  /** Records a new person under its spelling key (the first person keeps it). */
  add(name: string, index: number): void {
    const key = spellingKey(name);
    if (key !== null && !this.byKey.has(key)) this.byKey.set(key, index);
  }
}
