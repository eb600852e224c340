/**
 * Where each word of a text starts, so a pattern that can only begin with a few known words is
 * tried at those offsets alone instead of at every position of the body. A whole-body `matchAll`
 * of forty patterns was most of extraction's cost beyond wink-nlp; one pass over the characters
 * here replaces the scanning, and each pattern runs sticky at its handful of candidate offsets.
 *
 * A word is a maximal run of regex word characters ([A-Za-z0-9_]), so a word start is exactly a
 * position where `\b` holds before a word character.
 */
export class WordIndex {
  private exact: Map<string, number[]> | null = null;
  private lower: Map<string, number[]> | null = null;
  private digits: number[] = [];

  constructor(private readonly body: string) {}

  /** Start offsets of the words equal to one of `words` (case-insensitively if asked), ascending. */
  starts(words: readonly string[], ignoreCase = false): number[] {
    const map = ignoreCase ? this.lowerMap() : this.exactMap();
    const lists: number[][] = [];
    for (const w of words) {
      const list = map.get(ignoreCase ? w.toLowerCase() : w);
      if (list !== undefined && !lists.includes(list)) lists.push(list);
    }
    return mergeSorted(lists);
  }

  /** Start offsets of the words beginning with a digit, ascending. */
  digitStarts(): readonly number[] {
    this.exactMap();
    return this.digits;
  }

  private exactMap(): Map<string, number[]> {
    if (this.exact !== null) return this.exact;
    const map = new Map<string, number[]>();
    const { body } = this;
    const digits: number[] = [];
    const n = body.length;
    let i = 0;
    while (i < n) {
      if (!isWordChar(body.charCodeAt(i))) {
        i += 1;
        continue;
      }
      const start = i;
      i += 1;
      while (i < n && isWordChar(body.charCodeAt(i))) i += 1;
      const first = body.charCodeAt(start);
      if (first >= 48 && first <= 57) digits.push(start);
      const word = body.slice(start, i);
      const list = map.get(word);
      if (list === undefined) map.set(word, [start]);
      else list.push(start);
    }
    this.exact = map;
    this.digits = digits;
    return map;
  }

  private lowerMap(): Map<string, number[]> {
    if (this.lower !== null) return this.lower;
    const map = new Map<string, number[]>();
    let merged = false;
    for (const [word, list] of this.exactMap()) {
      // Most words are already lowercase: they key themselves, without a new string.
      const key = isLowercase(word) ? word : word.toLowerCase();
      const known = map.get(key);
      if (known === undefined) map.set(key, list);
      else {
        map.set(key, known.concat(list));
        merged = true;
      }
    }
    if (merged) for (const list of map.values()) list.sort((a, b) => a - b);
    this.lower = map;
    return map;
  }
}

function isLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c >= 65 && c <= 90) return false;
  }
  return true;
}

/** A regex word character ([A-Za-z0-9_]) by char code. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 // _
  );
}

export function mergeSorted(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0]!.slice();
  const out: number[] = [];
  for (const list of lists) for (const x of list) out.push(x);
  return out.sort((a, b) => a - b);
}

/** Offsets of every occurrence of any of `chars` (single UTF-16 units) in `body`, ascending. */
export function charPositions(body: string, chars: string): number[] {
  const lists: number[][] = [];
  for (const ch of chars) {
    const list: number[] = [];
    for (let i = body.indexOf(ch); i >= 0; i = body.indexOf(ch, i + 1)) list.push(i);
    if (list.length > 0) lists.push(list);
  }
  return mergeSorted(lists);
}

/** The sticky twin of a global pattern: it matches only at the offset it is given. */
export function sticky(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, `${pattern.flags.replace("g", "")}y`);
}

/**
 * The same matches as `body.matchAll(global twin of pattern)`, for a sticky pattern that can only
 * match at one of `starts` (ascending): leftmost first, each search resuming after the last match.
 */
export function matchesAt(
  body: string,
  pattern: RegExp,
  starts: readonly number[],
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  let previous = -1;
  for (const p of starts) {
    if (p < from || p === previous) continue;
    previous = p;
    pattern.lastIndex = p;
    const m = pattern.exec(body);
    if (m === null) continue;
    out.push(m);
    from = m.index + Math.max(1, m[0].length);
  }
  return out;
}

/**
 * The leading word of each alternative of a pattern (`"investment bank|firm"` → investment, firm).
 * Every alternative must begin with a word character and its leading run must end where a
 * non-word character or the end of the alternative follows, which the patterns here guarantee.
 */
export function firstWords(alternatives: readonly string[]): string[] {
  const out = new Set<string>();
  for (const alternative of alternatives) {
    const word = /^[A-Za-z0-9_]+/.exec(alternative)?.[0];
    if (word === undefined)
      throw new Error(`no leading word in pattern alternative "${alternative}"`);
    out.add(word);
  }
  return [...out];
}

/** `offsets` moved by `delta` (dropping negatives), merged with `others`; ascending. */
export function shifted(offsets: readonly number[], delta: number): number[] {
  const out: number[] = [];
  for (const x of offsets) if (x + delta >= 0) out.push(x + delta);
  return out;
}
