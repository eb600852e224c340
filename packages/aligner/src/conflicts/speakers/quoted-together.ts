import { contentLemmas } from "../../align/lemmas.ts";

/*
 * Whether the few content words of a short quotation stand together in another quotation, in
 * their order and about as close as in the short one: "I think they'll do the right thing" shares
 * "think", "right" and "thing" with "We'll think very clearly about it and we'll do the right
 * thing", yet the three lie eleven words apart there against six; "Our country is on the edge of
 * the abyss" and "Our country has reached the edge of the abyss" hold theirs within as many words,
 * one remark with a word changed.
 */

/** The other quotation may add a word between the shared ones for every this many of the short span. */
const SLACK_SHARE = 3;

const lemmaOfWord = new Map<string, string | null>();

/** A word's content lemma, read alone (null for a function word), kept for every later quotation. */
function lemmaOf(word: string): string | null {
  let lemma = lemmaOfWord.get(word);
  if (lemma === undefined) {
    lemma = contentLemmas(word)[0] ?? null;
    lemmaOfWord.set(word, lemma);
  }
  return lemma;
}

type ContentWord = { word: string; lemma: string; at: number };

const NO_LEMMAS: ReadonlySet<string> = new Set();

/**
 * Quotations already read: a story's speaker check meets each quotation once per pair of
 * quotations sharing words (hundreds of times in a thousand-outlet story). Emptied when large, so a
 * long-running server keeps no more than a story's worth.
 */
const contentWordsOf = new Map<string, readonly ContentWord[]>();
const MAX_KEPT_QUOTATIONS = 20_000;

/** The content words of a quotation's lower-case words, with their positions. */
function contentWords(words: string): readonly ContentWord[] {
  let found = contentWordsOf.get(words);
  if (found === undefined) {
    found = words.split(" ").flatMap((word, at) => {
      const lemma = lemmaOf(word);
      return lemma === null ? [] : [{ word, lemma, at }];
    });
    if (contentWordsOf.size >= MAX_KEPT_QUOTATIONS) contentWordsOf.clear();
    contentWordsOf.set(words, found);
  }
  return found;
}

/**
 * Whether the short quotation's content words (`short`, its lower-case words) stand in the long
 * one's in order within about the span they take in the short one (see above). Words whose lemma
 * is `apart` (names) are left out on both sides, their places kept: a remark may name its people
 * in another order or fewer words ("if you don't want Vint or Roe as the nominee" / "if you don't
 * want Ada Roe or Ivo Vint as the nominee") and still be one remark.
 */
export function quotedTogether(
  short: string,
  long: string,
  apart: ReadonlySet<string> = NO_LEMMAS,
): boolean {
  // Filtered only when there are words to leave out: most calls have none, and a named closure
  // made per call costs a helper call under tsx's keep-names.
  const wanted = apart.size === 0 ? contentWords(short) : withoutLemmas(contentWords(short), apart);
  const first = wanted[0];
  const last = wanted.at(-1);
  if (first === undefined || last === undefined) return false;
  const span = last.at - first.at + 1;
  const limit = span + Math.floor(span / SLACK_SHARE);
  const found = apart.size === 0 ? contentWords(long) : withoutLemmas(contentWords(long), apart);
  for (let start = 0; start < found.length; start += 1) {
    if (!same(found[start] as (typeof found)[number], first)) continue;
    // The shortest run from here holding the rest in order: each next one as early as it comes.
    let next = 1;
    let end = start;
    for (let k = start + 1; k < found.length && next < wanted.length; k += 1) {
      if (same(found[k] as (typeof found)[number], wanted[next] as (typeof wanted)[number])) {
        next += 1;
        end = k;
      }
    }
    if (next < wanted.length) return false;
    const at = found[start] as (typeof found)[number];
    if ((found[end] as (typeof found)[number]).at - at.at + 1 <= limit) return true;
  }
  return false;
}

function withoutLemmas(
  words: readonly ContentWord[],
  apart: ReadonlySet<string>,
): readonly ContentWord[] {
  return words.filter((w) => !apart.has(w.lemma));
}

/** Whether two content words are one word: written alike or of one lemma. */
function same(a: ContentWord, b: ContentWord): boolean {
  return a.word === b.word || a.lemma === b.lemma;
}
