import { readWordList } from "./word-list.ts";

const FUNCTION_WORDS = readWordList(new URL("../../data/function-words.txt", import.meta.url));
const TITLE_WORDS = readWordList(new URL("../../data/title-words.txt", import.meta.url));
const CALENDAR_WORDS = readWordList(new URL("../../data/calendar-words.txt", import.meta.url));

/** A run of capitalised words naming someone, with offsets in the text it was read from. */
export type NameRun = { text: string; start: number; end: number; words: string[] };

type Word = { text: string; start: number; end: number };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.&-]*/gu;
/** Lowercase words allowed inside a name: "Secretary of State", "Bank of America". */
const CONNECTORS = new Set(["of", "for", "de", "la", "del", "van", "von", "der", "al", "bin"]);

function words(text: string, offset: number): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

/** "Vint's" → "Vint", "Jr." → "Jr": the word as a name key, lowercased. */
export function nameKey(word: string): string {
  return word
    .replace(/['’]s$/u, "")
    .replace(/[.'’]+$/u, "")
    .toLowerCase();
}

function isNameWord(word: string): boolean {
  // An initial ("Jock A. Finlayson") is a name's word, not the article "a".
  if (/^\p{Lu}\.$/u.test(word)) return true;
  return /^[\p{Lu}\p{N}]/u.test(word) && !FUNCTION_WORDS.has(nameKey(word));
}

/**
 * Whether `start` begins a sentence in `text` (capitalised there by grammar, not by name): the
 * text's start, a line start, or after `.`, `!`, `?`, `:` or an opening quotation mark.
 */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start).replace(/[\s"“‘'(—-]+$/u, "");
  return before === "" || /[.!?:\n]$/u.test(before);
}

/**
 * The name a phrase gives, or null when it only describes ("he", "a campaign spokesman",
 * "Vint's aides"). Deterministic, read from the phrase and its article only:
 * 1. a name before an appositive (its part before the first comma or dash is all one run, and
 *    lowercase words follow): that name ("Hillary Clinton, the nominee,", "Ann Marlow, an
 *    economist at the Norland Institute" → "Ann Marlow", not the institute);
 * 2. else the phrase ends in a name: the run of capitalised words (joined by "of", "de", …) that
 *    ends it ("Sanders campaign manager Jeff Weaver" → "Jeff Weaver");
 * 3. else its part before the first comma or dash is all one run;
 * 4. a single capitalised word at a sentence start whose lowercase form the article also uses
 *    ("Officials said", "officials") is a common noun, not a name.
 * Offsets are into `text`; `start` is where the phrase starts in it.
 */
export function properNameOf(phrase: string, start: number, text: string): NameRun | null {
  // A parenthesis after a name is a label ("Mike Pell (R-Ore.)"), never part of it.
  const paren = phrase.indexOf("(");
  const all = words(paren > 0 ? phrase.slice(0, paren) : phrase, start);
  // "Ann Marlow, an economist at the Norland Institute": a name set off by an appositive (a comma
  // or dash, then lowercase words) is the phrase's head, not a name the appositive ends on.
  const appositive = /^[^,(—–]*[,—–]\s*\p{Ll}/u.test(phrase);
  const run =
    (appositive ? (leadingRun(phrase, start) ?? headRun(phrase, start)) : null) ??
    trailingRun(all) ??
    leadingRun(phrase, start);
  if (!run || run.length === 0) return null;
  // "a poll released Monday": a weekday or month alone is a date, not a name ("Theresa May" is).
  if (run.length === 1 && CALENDAR_WORDS.has(nameKey((run[0] as Word).text))) return null;
  const first = run[0] as Word;
  const last = run[run.length - 1] as Word;
  if (run.length === 1 && sentenceInitial(text, first.start)) {
    const lower = first.text.toLowerCase();
    if (new RegExp(`(^|[^\\p{L}])${escapeRegExp(lower)}([^\\p{L}]|$)`, "u").test(text)) return null;
  }
  const end = last.end - (/['’]s$/u.test(last.text) ? 2 : 0);
  return {
    text: text.slice(first.start, end),
    start: first.start,
    end,
    words: run.map((w) => w.text),
  };
}

function trailingRun(all: Word[]): Word[] | null {
  const run: Word[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const word = all[i] as Word;
    if (isNameWord(word.text)) run.unshift(word);
    else if (
      CONNECTORS.has(word.text) &&
      run.length > 0 &&
      i > 0 &&
      isNameWord((all[i - 1] as Word).text)
    )
      run.unshift(word);
    else break;
  }
  return run.length > 0 ? run : null;
}

/**
 * "Democratic pollster Geoff Garin, who advises a super PAC": the name that ends the phrase's head
 * (its part before the appositive's comma or dash), not one the appositive ends on.
 */
function headRun(phrase: string, start: number): Word[] | null {
  const comma = phrase.search(/[,(—–]/);
  if (comma <= 0) return null;
  return trailingRun(words(phrase.slice(0, comma), start));
}

function leadingRun(phrase: string, start: number): Word[] | null {
  const comma = phrase.search(/[,(—–]/);
  if (comma <= 0) return null;
  const head = words(phrase.slice(0, comma), start);
  while (head.length > 0 && nameKey((head[0] as Word).text) === "the") head.shift();
  if (head.length === 0) return null;
  return head.every((w) => isNameWord(w.text) || CONNECTORS.has(w.text)) ? head : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whether a word is a title ("Secretary", "Sen."): the harness's title word list. */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(nameKey(word));
}

/** The surname-like last word and the given name before it (null when a title stands there). */
export function nameParts(words: readonly string[]): { surname: string; given: string | null } {
  const keys = words.map(nameKey).filter((k) => k !== "" && k !== "jr" && k !== "sr");
  const surname = keys[keys.length - 1] ?? "";
  const before = keys[keys.length - 2];
  const given =
    before !== undefined && !TITLE_WORDS.has(before) && !CONNECTORS.has(before) && before !== "the"
      ? before
      : null;
  return { surname, given };
}

/**
 * Whether two names can be the same person or body: same surname, and the given names agree when
 * both give one ("President Obama" = "Barack Obama"; "Hillary Clinton" ≠ "Bill Clinton").
 */
export function sameName(a: readonly string[], b: readonly string[]): boolean {
  const x = nameParts(a);
  const y = nameParts(b);
  if (x.surname === "" || x.surname !== y.surname) return false;
  return x.given === null || y.given === null || x.given === y.given;
}

/** The words of a name as written ("Jeff Weaver" → ["Jeff", "Weaver"]). */
export function nameWords(name: string): string[] {
  return words(name, 0).map((w) => w.text);
}
