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
  private built = false;
  /** Queries registered when the index was built: later ones are searched for directly. */
  private queriesKnown = 0;
  /** Per query (by its index), the starts of its words, filled in text order by `build`. */
  private readonly byQuery: (number[] | undefined)[] = [];
  private readonly digits: number[] = [];

  constructor(private readonly body: string) {}

  /** Start offsets of the words of `query`, ascending. */
  starts(query: WordQuery): readonly number[] {
    this.build();
    if (query.index < this.queriesKnown) return this.byQuery[query.index] ?? NONE;
    // A query registered after the index was built: its words are searched for directly.
    const words = query.folded ? foldedWords : exactWords;
    return this.search(
      query.ids.map((id) => words[id]!),
      query.folded,
    );
  }

  /** Start offsets of the words beginning with a digit, ascending. */
  digitStarts(): readonly number[] {
    this.build();
    return this.digits;
  }

  /**
   * Start offsets of whole-word occurrences of words known only at run time (an article's
   * surnames), by native substring search: a handful of words, so no table is needed.
   */
  startsOfAny(words: readonly string[]): readonly number[] {
    // A substring search per word reads the body once per word: with thousands of distinct
    // surnames that is quadratic. Past a handful, one pass over the body's words looks each up.
    return words.length <= 16 ? this.search(words, false) : this.lookUp(words);
  }

  /** Whole-word occurrences of `words` by one pass over the body's word starts. */
  private lookUp(words: readonly string[]): readonly number[] {
    const { body } = this;
    const byFirst = new Map<string, string[]>();
    // Words that do not start with a regex word character ("Ökten") are searched for directly.
    const odd: string[] = [];
    for (const w of new Set(words)) {
      let end = 0;
      while (end < w.length && isWordChar(w.charCodeAt(end))) end += 1;
      if (end === 0) {
        odd.push(w);
        continue;
      }
      const first = w.slice(0, end);
      const list = byFirst.get(first);
      if (list === undefined) byFirst.set(first, [w]);
      else list.push(w);
    }
    const out: number[] = [];
    let i = 0;
    while (i < body.length) {
      if (!isWordChar(body.charCodeAt(i))) {
        i += 1;
        continue;
      }
      let end = i;
      while (end < body.length && isWordChar(body.charCodeAt(end))) end += 1;
      const candidates = byFirst.get(body.slice(i, end));
      if (
        candidates?.some((w) => body.startsWith(w, i) && !isWordChar(body.charCodeAt(i + w.length)))
      ) {
        out.push(i);
      }
      i = end;
    }
    return odd.length === 0 ? out : mergeSorted([out, [...this.search(odd, false)]]);
  }

  private search(words: readonly string[], folding: boolean): readonly number[] {
    const { body } = this;
    const lists: number[][] = [];
    for (const w of new Set(words)) {
      if (w.length === 0) continue;
      const list: number[] = [];
      if (folding) {
        // Words here are [A-Za-z0-9_]+ (wordQuery checks), so nothing needs escaping.
        for (const m of body.matchAll(new RegExp(`\\b${w}\\b`, "gi"))) list.push(m.index);
      } else {
        for (let i = body.indexOf(w); i >= 0; i = body.indexOf(w, i + 1)) {
          if (i > 0 && isWordChar(body.charCodeAt(i - 1))) continue;
          if (isWordChar(body.charCodeAt(i + w.length))) continue;
          list.push(i);
        }
      }
      if (list.length > 0) lists.push(list);
    }
    return mergeSorted(lists);
  }

  /**
   * One pass over the characters: each word is hashed as it is read (as typed and case-folded)
   * and looked up in the vocabulary tables, so no word is ever cut out as a string.
   */
  private build(): void {
    if (this.built) return;
    this.built = true;
    this.queriesKnown = queryCount;
    const { body, byQuery, digits } = this;
    const n = body.length;
    let i = 0;
    while (i < n) {
      let c = body.charCodeAt(i);
      if (!isWordChar(c)) {
        i += 1;
        continue;
      }
      const start = i;
      if (c >= 48 && c <= 57) digits.push(start);
      let h = 0;
      let hf = 0;
      while (i < n && isWordChar(c)) {
        h = (Math.imul(h, 31) + c) | 0;
        hf = (Math.imul(hf, 31) + fold(c)) | 0;
        i += 1;
        c = body.charCodeAt(i);
      }
      const length = i - start;
      if (length > longestWord) continue;
      const id = lookup(exactTable, exactWords, h, body, start, length, false);
      if (id >= 0) addStart(byQuery, exactQueries[id]!, start);
      const fid = lookup(foldedTable, foldedWords, hf, body, start, length, true);
      if (fid >= 0) addStart(byQuery, foldedQueries[fid]!, start);
    }
  }
}

/** A set of words registered once at module load; `folded` ones match in any letter case. */
export type WordQuery = {
  readonly ids: readonly number[];
  readonly folded: boolean;
  /** Position among all queries: where `WordIndex` keeps this query's starts. */
  readonly index: number;
};

const NONE: readonly number[] = [];

/**
 * A word's start goes straight to the list of every query holding the word, so a query's starts
 * come out in text order with no merging (word ids are unique within a query).
 */
function addStart(byQuery: (number[] | undefined)[], queries: readonly number[], start: number) {
  for (const q of queries) {
    const list = byQuery[q];
    if (list === undefined) byQuery[q] = [start];
    else list.push(start);
  }
}

const TABLE_SIZE = 1 << 13;
const TABLE_MASK = TABLE_SIZE - 1;
/** Open-addressing tables of vocabulary ids + 1 (0 = empty slot), keyed by word hash. */
const exactTable = new Int32Array(TABLE_SIZE);
const foldedTable = new Int32Array(TABLE_SIZE);
const exactWords: string[] = [];
const foldedWords: string[] = [];
/** Per word id, the indexes of the queries that hold it. */
const exactQueries: number[][] = [];
const foldedQueries: number[][] = [];
let queryCount = 0;
let longestWord = 0;

function fold(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

function hashOf(word: string, folding: boolean): number {
  let h = 0;
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    h = (Math.imul(h, 31) + (folding ? fold(c) : c)) | 0;
  }
  return h;
}

function lookup(
  table: Int32Array,
  words: readonly string[],
  hash: number,
  body: string,
  start: number,
  length: number,
  folding: boolean,
): number {
  for (let slot = hash & TABLE_MASK; ; slot = (slot + 1) & TABLE_MASK) {
    const entry = table[slot]!;
    if (entry === 0) return -1;
    const word = words[entry - 1]!;
    if (word.length === length && sameWord(word, body, start, folding)) return entry - 1;
  }
}

function sameWord(word: string, body: string, start: number, folding: boolean): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const a = word.charCodeAt(i);
    const b = body.charCodeAt(start + i);
    if (a !== b && !(folding && a === fold(b))) return false;
  }
  return true;
}

/**
 * Registers `words` (each a whole word of regex word characters) and returns their query. With
 * `ignoreCase`, words are matched in any letter case (give them in lowercase).
 */
export function wordQuery(words: readonly string[], ignoreCase = false): WordQuery {
  const table = ignoreCase ? foldedTable : exactTable;
  const list = ignoreCase ? foldedWords : exactWords;
  const queriesOf = ignoreCase ? foldedQueries : exactQueries;
  const ids = new Set<number>();
  for (const raw of words) {
    const word = ignoreCase ? raw.toLowerCase() : raw;
    if (!/^[A-Za-z0-9_]+$/.test(word)) throw new Error(`not a single word: "${raw}"`);
    if (list.length >= TABLE_SIZE / 2) throw new Error("word vocabulary full");
    const hash = hashOf(word, ignoreCase);
    let slot = hash & TABLE_MASK;
    let id = -1;
    for (; table[slot] !== 0; slot = (slot + 1) & TABLE_MASK) {
      if (list[table[slot]! - 1] === word) {
        id = table[slot]! - 1;
        break;
      }
    }
    if (id < 0) {
      id = list.length;
      list.push(word);
      queriesOf.push([]);
      table[slot] = id + 1;
      longestWord = Math.max(longestWord, word.length);
    }
    ids.add(id);
  }
  const index = queryCount;
  queryCount += 1;
  for (const id of ids) queriesOf[id]!.push(index);
  return { ids: [...ids], folded: ignoreCase, index };
}

/** A regex word character ([A-Za-z0-9_]) by char code. */
export function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 // _
  );
}

export function mergeSorted(lists: readonly (readonly number[])[]): readonly number[] {
  if (lists.length === 0) return [];
  // Pairwise rounds of two-way merges: n log k steps and no comparator callbacks (a query of
  // twenty-odd month names yields twenty-odd lists).
  let round: readonly (readonly number[])[] = lists;
  while (round.length > 1) {
    const next: (readonly number[])[] = [];
    for (let k = 0; k + 1 < round.length; k += 2) next.push(mergeTwo(round[k]!, round[k + 1]!));
    if (round.length % 2 === 1) next.push(round[round.length - 1]!);
    round = next;
  }
  return round[0]!;
}

function mergeTwo(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Offsets of every occurrence of any of `chars` (single UTF-16 units) in `body`, ascending. */
export function charPositions(body: string, chars: string): readonly number[] {
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
 * With `overlapping`, a start inside an earlier match is tried too, unless it continues a number
 * ("twenty-five", "1,300"): "one of the two men accused" holds the count "two men" even when
 * "one … men" is no count (`everyMatchAt`; callers keep the first figure that fits).
 */
export function matchesAt(
  body: string,
  pattern: RegExp,
  starts: readonly number[],
  overlapping = false,
): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  let previous = -1;
  // An indexed loop: it runs at thousands of call sites per article, and an array iterator that
  // is not optimised away allocates a result object per step.
  for (let i = 0; i < starts.length; i += 1) {
    const p = starts[i]!;
    if (p === previous) continue;
    if (p < from && (!overlapping || /[\d.,-]/.test(body[p - 1] ?? ""))) continue;
    previous = p;
    pattern.lastIndex = p;
    const m = pattern.exec(body);
    if (m === null) continue;
    out.push(m);
    from = Math.max(from, m.index + Math.max(1, m[0].length));
  }
  return out;
}

/** `matchesAt` trying starts inside earlier matches too (see there). */
export function everyMatchAt(
  body: string,
  pattern: RegExp,
  starts: readonly number[],
): RegExpExecArray[] {
  return matchesAt(body, pattern, starts, true);
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

/** Whether `\s` in a regular expression matches this UTF-16 unit (WhiteSpace and LineTerminator). */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
