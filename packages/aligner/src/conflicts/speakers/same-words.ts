import type { AlignUnit, UnitQuote } from "../../align/units.ts";
import { quotedTogether } from "./quoted-together.ts";

// Whether two quotations hold the same words, as the speaker check reads them (findings.ts).

/** Share of the shorter side's quoted content words the other must also quote: the same words. */
export const SAME_WORDS = 0.8;
export const MIN_QUOTED_WORDS = 3;
/**
 * A shorter quotation joins a row when most of its words are the row's ("ensconced in the bosom"
 * of a longer quote credited to the same lawyer): two content words suffice there, since the row
 * only lists who else credits the words, and the conflict itself was decided on longer quotes.
 */
export const MIN_FRAGMENT_WORDS = 2;

/**
 * One quotation of a statement, credited to a resolved speaker, with how many of its content
 * lemmas it writes as names (`namesIn`, counted once: every pair of quotations compared reads it).
 */
export type Spoken = {
  unit: AlignUnit;
  quote: UnitQuote;
  lemmas: ReadonlySet<string>;
  names: number;
};

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return shared;
}

/**
 * A quoted phrase of this many words, all of it inside the other quotation, is the same words even
 * with two content words ("felt this was the best move" of "we felt that this was the best move").
 */
const WHOLE_PHRASE_WORDS = 5;

/**
 * A quoted sentence of this many words, short ones counted ("We have no idea what caused it"),
 * quoted word for word by two outlets, is one remark when it holds two content words or more.
 */
const WHOLE_SENTENCE_WORDS = 7;

function wholeSentence(words: string, contentWords: number): boolean {
  return contentWords >= MIN_FRAGMENT_WORDS && spaceSeparated(words) >= WHOLE_SENTENCE_WORDS;
}

/** `words.split(" ").length` without the array: asked for every two quotations compared. */
function spaceSeparated(words: string): number {
  let count = 1;
  for (let at = words.indexOf(" "); at !== -1; at = words.indexOf(" ", at + 1)) count += 1;
  return count;
}

/**
 * A quotation of fewer content words than this is the same words as another only when they stand
 * there together, in order (`quotedTogether`): a few words scattered through a longer quotation
 * meet by chance. A longer quotation's words, most of them shared, are too many to.
 */
const FEW_QUOTED_WORDS = 5;

/** Share of the shorter quotation's words the other quotes too; 0 when either is too short. */
export function sameWordsShare(a: Spoken, b: Spoken): number {
  // Plain variables, not a destructured pair: this runs for every two quotations compared.
  const short = a.lemmas.size <= b.lemmas.size ? a : b;
  const long = short === a ? b : a;
  const shared = sharedCount(short.lemmas, long.lemmas);
  // Names count apart: "not able to beat Ivo Vint" and "going to beat Ivo Vint" are two remarks
  // about one man, so a quotation few of whose other words are content words is a few words.
  if (short.lemmas.size - short.names >= FEW_QUOTED_WORDS) return shared / short.lemmas.size;
  // The very same words, however few, are one remark's wording.
  if (a.quote.words === b.quote.words) return sameWordsOfFew(a, b, short, shared);
  if (!quotedTogether(short.quote.words, long.quote.words) && !otherWordsTogether(short, long))
    return 0;
  return sameWordsOfFew(a, b, short, shared);
}

/**
 * Whether a quotation of few words besides names has those other words, three at least, together
 * in the other, the names left out of both: the people a remark names may come in another order.
 */
function otherWordsTogether(short: Spoken, long: Spoken): boolean {
  if (short.names === 0 || short.lemmas.size - short.names < MIN_QUOTED_WORDS) return false;
  const names = new Set([...(short.quote.nameLemmas ?? []), ...(long.quote.nameLemmas ?? [])]);
  return quotedTogether(short.quote.words, long.quote.words, names);
}

/** How many of a quotation's content lemmas it writes as names (`UnitQuote.nameLemmas`). */
export function namesIn(quote: UnitQuote, lemmas: ReadonlySet<string>): number {
  const names = quote.nameLemmas;
  if (!names || names.length === 0) return 0;
  let count = 0;
  for (const l of new Set(names)) if (lemmas.has(l)) count += 1;
  return count;
}

/** `sameWordsShare` of a quotation of few content words, once they stand together in the other. */
function sameWordsOfFew(a: Spoken, b: Spoken, short: Spoken, shared: number): number {
  if (short.lemmas.size >= MIN_QUOTED_WORDS) return shared / short.lemmas.size;
  // "Would we have done it without him?" word for word: a short remark of few content words is
  // still one remark when two outlets quote all of it alike.
  if (
    a.quote.words === b.quote.words &&
    (Math.min(a.quote.wordCount, b.quote.wordCount) >= WHOLE_PHRASE_WORDS ||
      wholeSentence(a.quote.words, short.lemmas.size))
  )
    return 1;
  const phrase =
    short.lemmas.size >= MIN_FRAGMENT_WORDS &&
    short.quote.wordCount >= WHOLE_PHRASE_WORDS &&
    shared === short.lemmas.size;
  return phrase ? 1 : 0;
}
