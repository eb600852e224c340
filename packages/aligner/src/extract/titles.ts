import { CLAUSE_STARTERS } from "../../lexicons/clause-starters.ts";
import { PREPOSITIONS } from "../../lexicons/function-words.ts";
import {
  RANK_WORDS,
  SURNAME_TITLE_HEADS,
  TITLE_HEADS,
  TITLE_WORDS,
} from "../../lexicons/title-words.ts";
import { isRegexSpace } from "./word-index.ts";

/** A title found next to a name: offsets into the body. */
export type TitleRange = { start: number; end: number };

/** A word ending in one of these ends the text before a name; one starting with these too. */
const ENDS_A_TITLE = ',;:“”"(—–';
const STARTS_OUTSIDE = '“"(';
const LEADING_FILLER = /^(?:the|a|an|of|for|and|The|A|An)$/;

/** Lowercased words of a title, without dots and possessives: "U.S. Commerce Secretary" → us commerce secretary. */
export function titleWords(title: string): string[] {
  // One pass doing what lowercasing, dropping "'s" (before a non-word character) and dots, then
  // splitting at runs of spaces and commas did: titles are split for every name and comparison.
  const lower = title.toLowerCase();
  const words: string[] = [];
  let word = "";
  let piece = 0;
  for (let i = 0; i < lower.length; i += 1) {
    const c = lower.charCodeAt(i);
    if (c === 44 || isRegexSpace(c)) {
      word += lower.slice(piece, i);
      if (word.length > 0) words.push(word);
      word = "";
      piece = i + 1;
    } else if (c === 46) {
      word += lower.slice(piece, i);
      piece = i + 1;
    } else if (
      (c === 0x2019 || c === 39) &&
      lower.charCodeAt(i + 1) === 115 &&
      !isAsciiWordChar(lower.charCodeAt(i + 2))
    ) {
      word += lower.slice(piece, i);
      i += 1;
      piece = i + 1;
    }
  }
  word += lower.slice(piece);
  if (word.length > 0) words.push(word);
  return words;
}

/** `\w` without the `u` flag; NaN (past the end) is not a word character. */
function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

export function hasTitleHead(words: readonly string[]): boolean {
  return words.some((w) => TITLE_HEADS.has(w));
}

/**
 * The title written just before a name, read backwards word by word while words can belong to a
 * title: "Presidential director of national policy Park Min-ho", "former US President Jane
 * Roe", "U.S. Secretary of Commerce Carla Benning". Stops at punctuation and at ordinary words.
 */
export function titleBefore(body: string, nameStart: number, limit: number): TitleRange | null {
  const from = Math.max(limit, nameStart - 120);
  // Words (runs of non-space) read backwards from the name while they can belong to a title:
  // only those are cut out, nearest first.
  const taken: { start: number; end: number; text: string }[] = [];
  let i = nameStart;
  while (i > from) {
    while (i > from && isRegexSpace(body.charCodeAt(i - 1))) i -= 1;
    if (i <= from) break;
    const end = i;
    while (i > from && !isRegexSpace(body.charCodeAt(i - 1))) i -= 1;
    // Punctuation is checked by char code before the word is cut out.
    if (ENDS_A_TITLE.includes(body[end - 1]!) || STARTS_OUTSIDE.includes(body[i]!)) break;
    const w = { start: i, end, text: body.slice(i, end) };
    const possessive =
      end - i >= 2 &&
      body.charCodeAt(end - 1) === 115 &&
      (body.charCodeAt(end - 2) === 0x2019 || body.charCodeAt(end - 2) === 39);
    const bare = possessive ? w.text.slice(0, -2) : w.text;
    const lower = bare.toLowerCase();
    const first = bare.charCodeAt(0);
    const capitalised = first >= 65 && first <= 90;
    if (capitalised && CLAUSE_STARTERS.has(bare) && !TITLE_WORDS.has(lower)) break;
    if (capitalised || TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower)) {
      taken.push(w);
      continue;
    }
    break;
  }
  let first = taken.length - 1;
  while (first >= 0 && LEADING_FILLER.test(taken[first]!.text)) first -= 1;
  if (first < 0) return null;
  const last = taken[0]!;
  // "the former chairman of President Ivo Vint's council": a post written before the name as a
  // capitalised head of its own after "of" is the name's whole title; what stands before "of" is
  // another person's post (the chairman's). "Chief of Staff", "Minister of Justice" end in no
  // such head and stay whole.
  const ownHead = last.text.replace(/['’]s$/, "");
  if (SURNAME_TITLE_HEADS.includes(ownHead.toLowerCase()) && /^\p{Lu}/u.test(ownHead)) {
    const of = taken.findIndex((w, i) => i > 0 && i < first && w.text === "of");
    if (of > 0) first = of - 1;
  }
  const range = { start: taken[first]!.start, end: last.end };
  // The title must end with a title word, not with a stray capitalised word before the name.
  const lastWord = titleWords(last.text)[0] ?? "";
  if (TITLE_HEADS.has(lastWord)) return range; // it is then also the head the title needs
  if (!TITLE_WORDS.has(lastWord)) return null;
  if (!hasTitleHead(titleWords(body.slice(range.start, range.end)))) return null;
  return range;
}

/**
 * A title in an appositive that the name follows: "Japan's economy minister, Kenji Sato, said",
 * "Samsung's chief executive, Jane Doe, told", "The president, Choi Dong-hyun, said". The name sits
 * between commas and the words before the first comma, read as `titleBefore` reads them, end in a
 * title head. The owner ("Japan's", "Samsung's") and what comes before it are left out: they say
 * whose post it is, which the article names apart, and the same post written before a name reads
 * "Economy Minister Kenji Sato". A list ("the minister, Lee Ji-ho, and Park") is not an appositive.
 */
export function titleBeforeAppositive(
  body: string,
  nameStart: number,
  nameEnd: number,
  limit: number,
): TitleRange | null {
  if (body.charCodeAt(nameEnd) !== 44) return null;
  let comma = nameStart;
  while (comma > limit && body.charCodeAt(comma - 1) === 32) comma -= 1;
  if (comma === nameStart || comma <= limit || body.charCodeAt(comma - 1) !== 44) return null;
  comma -= 1;
  let next = nameEnd + 1;
  while (body.charCodeAt(next) === 32) next += 1;
  if (body.startsWith("and ", next) || body.startsWith("or ", next)) return null;
  const range = titleBefore(body, comma, limit);
  if (range === null) return null;
  const words = titleWords(body.slice(range.start, range.end));
  if (!TITLE_HEADS.has(words[words.length - 1] ?? "")) return null;
  // The owner is the last possessive word: the title starts after it.
  let start = range.start;
  for (let i = range.end - 2; i > range.start; i -= 1) {
    const c = body.charCodeAt(i);
    if (
      (c === 0x2019 || c === 39) &&
      body.charCodeAt(i + 1) === 115 &&
      isRegexSpace(body.charCodeAt(i + 2))
    ) {
      start = i + 3;
      break;
    }
  }
  while (start < range.end && isRegexSpace(body.charCodeAt(start))) start += 1;
  if (start >= range.end) return null;
  return { start, end: range.end };
}

/**
 * An appositive title after a name: "Yoon Ji-won, the third deputy national security adviser,",
 * "Kim Sun-ah, minister of trade, industry and energy,", "Han Seo-yun, a professor at Seoul
 * National University School of Law." The leading article is left out of the range.
 */
export function titleAfter(body: string, nameEnd: number, limit: number): TitleRange | null {
  if (body[nameEnd] !== ",") return null;
  let start = nameEnd + 1;
  while (start < limit && body[start] === " ") start += 1;
  // "Li Ming, and the minister": the next item of a list, not an appositive.
  if (body.startsWith("and ", start) || body.startsWith("or ", start)) return null;
  const article = /^(?:the|a|an) /.exec(body.slice(start, start + 4));
  if (article) start += article[0].length;
  let end = segmentEnd(body, start, limit);
  if (end <= start) return null;
  // "minister of trade, industry and energy": a list inside the title continues past its commas.
  for (let guard = 0; guard < 3 && body[end] === ","; guard += 1) {
    const nextStart = end + 2;
    const nextEnd = segmentEnd(body, nextStart, limit);
    const next = body.slice(nextStart, nextEnd);
    if (/^(?:[a-z]+ )?and [a-z]+$/.test(next) || /^[a-z]+$/.test(next)) {
      const after = body.slice(nextEnd + 2, segmentEnd(body, nextEnd + 2, limit));
      if (/^(?:[a-z]+ )?and [a-z]+$/.test(next) || /^(?:[a-z]+ )?and [a-z]+$/.test(after)) {
        end = nextEnd;
        continue;
      }
    }
    break;
  }
  const text = body.slice(start, end);
  const words = titleWords(text);
  if (words.length === 0 || words.length > 14) return null;
  const head = words.findIndex((w) => TITLE_HEADS.has(w));
  if (head < 0 || head >= 8) return null;
  // "Deutsche Telekom, the market leader," describes a company; "Apple's main supplier and a
  // global leader" lists descriptions: neither is a person's title.
  if (COMPANY_MODIFIERS.has(words[head - 1] ?? "") || words.slice(0, head).includes("and")) {
    return null;
  }
  // "Hong Kong, the chief executive warned, faces …": a speech verb makes it a clause, not a title.
  if (APPOSITIVE_NOT_A_TITLE.test(text)) return null;
  // "sent by Ivo Vint, according to a State Department spokesman": an appositive is a noun
  // phrase, and what opens with "according to" or a verb's "-ing" of saying is a clause of the
  // sentence (the spokesman is someone else), not the name's title.
  if (OPENS_A_CLAUSE.test(text)) return null;
  // "Vint, with the campaign of the former senator from Orvale saying …": an appositive is a noun
  // phrase; one opening with a preposition is a phrase of the sentence, its post someone else's.
  if (PREPOSITIONS.has(words[0] ?? "") && !article) return null;
  return { start, end };
}

/**
 * Words before a head that describe a company, not a person: "the market leader", "a chip leader"
 * (not "industry" or "technology": portfolios of ministers).
 */
const COMPANY_MODIFIERS = new Set(["market", "sector", "world", "global", "regional", "chip"]);

const APPOSITIVE_NOT_A_TITLE =
  /\b(?:said|says|say|told|added|noted|warned|argued|insisted|stressed|explained|wrote|claimed|suggested|believes|thinks|who|which|left|right|center)\b/;

const OPENS_A_CLAUSE =
  /^(?:according|saying|adding|telling|noting|warning|arguing|insisting|claiming|calling|accusing|asking)\b/i;

function segmentEnd(body: string, start: number, limit: number): number {
  let i = start;
  while (i < limit) {
    const c = body[i];
    if (c === "," || c === ";" || c === "—" || c === "(" || c === "“" || c === '"') break;
    if (c === "." && !/[A-Z]\.$/.test(body.slice(Math.max(start, i - 2), i + 1))) break;
    i += 1;
  }
  return i;
}

/**
 * Whether a title said with a surname ("Deputy Minister", "director") fits a title the person has:
 * same head word, and the same rank words — a "Deputy Minister" is not a "Minister".
 */
export function titlesCompatible(mentionTitle: string, personTitle: string): boolean {
  return titleWordsCompatible(titleWords(mentionTitle), titleWords(personTitle));
}

/** `titlesCompatible` on titles already split by `titleWords` (a title is compared many times). */
export function titleWordsCompatible(said: readonly string[], has: readonly string[]): boolean {
  const head = said.find((w) => TITLE_HEADS.has(w));
  if (head === undefined || !has.includes(head)) return false;
  for (const w of said) if (RANK_WORDS.has(w) && !has.includes(w)) return false;
  for (const w of has) if (RANK_WORDS.has(w) && w !== "former" && !said.includes(w)) return false;
  return true;
}
