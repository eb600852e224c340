import { LIGHT_VERBS } from "../../lexicons/event-words.ts";
import { ORGANIZATION_ENDINGS } from "../../lexicons/organization-words.ts";
import { textMemo } from "../align/text-memo.ts";
import { taggedText } from "../tagged-text.ts";
import { eventVerb } from "./event-triggers.ts";

type Token = { value: string; pos: string; lemma: string };

const ORGANIZATION_END = new RegExp(`^(?:${ORGANIZATION_ENDINGS})$`);

/** Words of a happening noun's own phrase, before it: "an eight-year contract offer". */
const SKIPPED_BEFORE = new Set(["AUX", "ADV", "DET", "ADJ", "NUM", "PART", "NOUN", "SYM"]);
/** How far before its happening word an acting party may stand, and after it its "from"/"by" phrase. */
const WINDOW = 12;

const cache = new Map<string, readonly Token[]>();
const CACHE_LIMIT = 20_000;

function tokens(text: string): readonly Token[] {
  const known = cache.get(text);
  if (known) return known;
  const { values, pos, lemmas } = taggedText(text);
  const read = values.map((value, i) => ({
    value,
    pos: pos[i] as string,
    lemma: (lemmas[i] as string).toLowerCase(),
  }));
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, read);
  return read;
}

const capitalised = (token: Token | undefined) =>
  token !== undefined && token.pos === "PROPN" && /^[A-Z][a-z]/.test(token.value);

/**
 * The run of capitalised words ending at `end` (inclusive), "of" inside it allowed ("the Harbour
 * Rovers of Eastby"): its first index.
 */
function runStart(words: readonly Token[], end: number): number {
  let start = end;
  while (start > 0) {
    const before = words[start - 1];
    if (capitalised(before)) start -= 1;
    else if (before?.value === "of" && capitalised(words[start - 2])) start -= 2;
    else break;
  }
  return start;
}

/** The run of capitalised words starting at `start`, "of" inside it allowed: its last index. */
function runEnd(words: readonly Token[], start: number): number {
  let end = start;
  while (end + 1 < words.length) {
    if (capitalised(words[end + 1])) end += 1;
    else if (words[end + 1]?.value === "of" && capitalised(words[end + 2])) end += 2;
    else break;
  }
  return end;
}

/**
 * The party a run of capitalised words names when it reads as an organisation: after "the" (a club,
 * a company: "the Harbour Rovers", "the Vale Mining Company") or ending in an organisation word
 * ("Vale Mining Company"). A person's name takes no "the". The party is its head: the last word
 * before any "of" ("the Harbour Rovers of Eastby" and "the Rovers" are one party).
 */
function organisationHead(words: readonly Token[], start: number, end: number): string | null {
  const names = words.slice(start, end + 1);
  const ofAt = names.findIndex((w) => w.value === "of");
  const head = (ofAt === -1 ? names[names.length - 1] : names[ofAt - 1]) as Token;
  const article = words[start - 1]?.value.toLowerCase() === "the";
  if (!article && !ORGANIZATION_END.test(head.value)) return null;
  return head.value.toLowerCase();
}

/**
 * The organisation a statement names as the one doing its happening `action` (an event verb
 * class head): the subject of the verb, or of a light verb before its noun ("the Harbour Rovers
 * have made an offer", "the Harbour Rovers offered Ivo Vint a contract"), or the "from"/"by"
 * phrase after the noun ("an offer from the Harbour Rovers"). None when the statement names no
 * organisation in that role, or two different ones; a passive verb's subject is not its doer
 * ("Ivo Vint was offered a contract"). Read once per text and happening: the narrow and the broad
 * reading of a story's events (story-events.ts) split their events by party over the same
 * statements, and agency copy and shared quotes recur across outlets and events.
 */
export const actingParty: (text: string, action: string) => string | null = textMemo(
  readActingParty,
  CACHE_LIMIT,
);

function readActingParty(text: string, action: string): string | null {
  const words = tokens(text);
  const found = new Set<string>();
  for (let at = 0; at < words.length; at++) {
    const word = words[at] as Token;
    // A happening word is lowercase: "Act" in "the Harbour Review Act" names a law.
    if ((word.pos !== "VERB" && word.pos !== "NOUN") || !/^[a-z]/.test(word.value)) continue;
    if (word.lemma !== action && eventVerb(word.lemma) !== action) continue;
    const before = subjectBefore(words, at);
    if (before) found.add(before);
    if (word.pos === "NOUN") {
      const after = phraseAfter(words, at);
      if (after) found.add(after);
    }
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The organisation standing as subject before a happening word. A verb takes it over auxiliaries
 * and adverbs only ("the Harbour Rovers have quietly offered"); a noun over its own words, then a
 * light verb and its receiver ("the Harbour Rovers have made Ivo Vint an eight-year offer"). A
 * name that modifies a noun is no subject ("the Norland administration made an offer" names no
 * club), nor is a passive verb's subject its doer.
 */
function subjectBefore(words: readonly Token[], at: number): string | null {
  // For a noun: whether the light verb it hangs on has been passed.
  let light = (words[at] as Token).pos === "VERB";
  let passive = false;
  for (let i = at - 1; i >= 0 && at - i <= WINDOW; i--) {
    const word = words[i] as Token;
    if (capitalised(word)) {
      const start = runStart(words, i);
      const prev = words[start - 1];
      // "made Ivo Vint an offer": the name after the light verb is who receives it.
      if (!light && prev && prev.pos === "VERB" && LIGHT_VERBS.has(prev.lemma)) {
        i = start;
        continue;
      }
      if (!light || passive) return null;
      return organisationHead(words, start, i);
    }
    if (light) {
      if (word.lemma === "be") passive = true;
      if (word.pos !== "AUX" && word.pos !== "ADV" && word.pos !== "PART") return null;
      continue;
    }
    if (word.pos === "VERB" && LIGHT_VERBS.has(word.lemma)) {
      light = true;
      continue;
    }
    // "an eight-year, $200 million offer": a comma inside the figures is no clause edge.
    const figureComma = word.value === "," && /^(?:SYM|NUM)$/.test(words[i + 1]?.pos ?? "");
    if (!SKIPPED_BEFORE.has(word.pos) && word.value !== "-" && !figureComma) return null;
  }
  return null;
}

function phraseAfter(words: readonly Token[], at: number): string | null {
  for (let i = at + 1; i < words.length && i - at <= WINDOW; i++) {
    const word = words[i] as Token;
    // "cuts demanded by the Harbour Council": the phrase belongs to another verb.
    if ((word.pos === "PUNCT" && word.value !== "-") || word.pos === "VERB") return null;
    if (word.value !== "from" && word.value !== "by") continue;
    const start = words[i + 1]?.value.toLowerCase() === "the" ? i + 2 : i + 1;
    if (!capitalised(words[start])) return null;
    return organisationHead(words, start, runEnd(words, start));
  }
  return null;
}

/**
 * Which of `heads` (organisation heads, lowercased) a text names as a capitalised word anywhere
 * ("Rovers manager Ada Lund said …" names the Rovers).
 */
export function namedHeads(text: string, heads: ReadonlySet<string>): Set<string> {
  const named = new Set<string>();
  for (const word of tokens(text))
    if (/^[A-Z]/.test(word.value) && heads.has(word.value.toLowerCase()))
      named.add(word.value.toLowerCase());
  return named;
}
