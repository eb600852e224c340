import { type NameRun, nameKey, properNameOf } from "../text/proper-name.ts";
import { readWordList } from "../text/word-list.ts";
import { personGender } from "./pronoun-antecedent.ts";

/**
 * Whether the name a gold source ends on is who speaks, read from the source phrase's grammar
 * alone (never from the system). A source is a noun phrase; its head is the word before the first
 * preposition that opens a modifier ("partners in Tehran": head "partners"). A name that is the
 * object of such a modifier says where or whose, not who, so the source is a description:
 * - a lowercase head ("a woman in Castlebay", "the front page of the Norland Herald", "73 percent
 *   of voters", "A spokesman for Norland candidate Ada Roe"), a capitalised plural ("Democrats on
 *   the Norland Council", "Aides to Mr. Pell"), or a lone title ("the Director of the Norland
 *   Bureau");
 * - a capitalised head too ("The Norland Museum in Castlebay"): the head speaks, not the place
 *   after it, and the rule does not try to cut the head's own name out;
 * but the name is kept when "by" makes it the agent ("a survey by Norland Polling"), when a title
 * and its own phrase stand before it ("former secretary of state Ada Roe"; "Chair of the Norland
 * Council Sen. Ada Roe"), or when a titled person follows an organisation ("The Norland Council on
 * Trade Director Ada Roe"). A name after an indefinite determiner is a common noun ("an
 * influential Norland Democrat", "another Castlebay voter"; not a person's name: "an angry Roe"),
 * a name inside a quoted title is the work's, and a name of digits and calendar words only
 * ("2,600", "May 2012") is none. A name the old reading ran across a comma gives the person after
 * it: "a former spokesman for the Norland Ministry, Ada Roe" → "Ada Roe".
 */
export type SourceHead = { kind: "description" } | { kind: "name"; name: NameRun } | null;

const PREPOSITIONS = readWordList(new URL("../../data/phrase-prepositions.txt", import.meta.url));
const FUNCTION_WORDS = readWordList(new URL("../../data/function-words.txt", import.meta.url));
const TITLE_WORDS = readWordList(new URL("../../data/title-words.txt", import.meta.url));
const CALENDAR_WORDS = readWordList(new URL("../../data/calendar-words.txt", import.meta.url));
const INDEFINITES = readWordList(new URL("../../data/indefinite-determiners.txt", import.meta.url));
/** Lowercase words joining a name's capitalised words: "Bank of America", "Friends for Pell". */
const NAME_CONNECTORS = new Set(["of", "for", "de", "del", "von", "van"]);
const ARTICLES = new Set(["the", "a", "an"]);
const COORDINATORS = new Set(["and", "or", "&"]);

type Token = { text: string; start: number; end: number };

const TOKEN = /--|[,—–(;:"“”]|[^\s,—–(;:"“”]+/gu;

function tokenize(phrase: string, offset: number): Token[] {
  return [...phrase.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: offset + (m.index ?? 0),
    end: offset + (m.index ?? 0) + m[0].length,
  }));
}

const isSeparator = (t: Token) => /^(?:[,—–(;:]|--)$/u.test(t.text);
const isQuotationMark = (t: Token) => /^["“”]$/u.test(t.text);
const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const isNumber = (t: Token) => /^\p{N}/u.test(t.text);

/** "of"/"for" inside a name ("Bank of America", "Secretary of State"): capitalised on both sides. */
function joinsName(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return (
    NAME_CONNECTORS.has(word.text) &&
    before !== undefined &&
    after !== undefined &&
    isCapitalised(before) &&
    isCapitalised(after) &&
    !ARTICLES.has(after.text.toLowerCase())
  );
}

function isPreposition(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i] as Token;
  return PREPOSITIONS.has(word.text) && !joinsName(tokens, i);
}

/** A word only a phrase's own object may hold: articles, coordinators, names, numbers. */
function objectWord(t: Token): boolean {
  const lower = t.text.toLowerCase();
  return FUNCTION_WORDS.has(lower) || COORDINATORS.has(lower) || isCapitalised(t) || isNumber(t);
}

/** "Democrats", "Aides": a capitalised plural, unless the article uses it as a surname. */
function capitalisedPlural(t: Token, text: string): boolean {
  const run: NameRun = { text: t.text, start: t.start, end: t.end, words: [t.text] };
  return groupName(run, text);
}

/** "Democrats", "Norland-Americans": one capitalised plural, unless the article uses it as a surname. */
export function groupName(name: NameRun, text: string): boolean {
  if (name.words.length !== 1 || !/^\p{Lu}[\p{L}-]*\p{Ll}[^s'’]s$/u.test(name.text)) return false;
  return personGender(name, text) === null;
}

/** "2,600", "1987", "May 2012": digits and calendar words name no one. */
export function onlyNumbersAndDates(name: NameRun): boolean {
  return name.words.every((w) => /^\p{N}/u.test(w) || CALENDAR_WORDS.has(nameKey(w)));
}

/**
 * The verdict on `name`, read out of `phrase` (which starts at `start` in `text`): a description,
 * another name that heads the phrase, or null when the grammar gives no reason to doubt `name`.
 */
export function sourceHead(phrase: string, start: number, name: NameRun, text: string): SourceHead {
  if (onlyNumbersAndDates(name)) return { kind: "description" };
  // "a former aide to the Norland Ministry, Ada Roe": the person the appositive names speaks.
  const comma = name.text.lastIndexOf(",");
  if (comma > 0) {
    const tail = properNameOf(name.text.slice(comma + 1), name.start + comma + 1, text);
    if (tail && tail.words.length >= 2 && personGender(tail, text) !== null)
      return { kind: "name", name: tail };
  }
  const tokens = tokenize(phrase, start).filter((t) => t.end <= name.start);
  // "Ada Roe's book “The Norland Years”": a name inside a quoted title is the work's.
  if (insideQuotation(tokens)) return { kind: "description" };
  const before = tokens.filter((t) => !isQuotationMark(t));
  // Only the comma- or dash-delimited part holding the name: "Ada Roe, a woman in Orrin" is
  // the appositive's business, not this rule's.
  let from = before.length;
  while (from > 0 && !isSeparator(before[from - 1] as Token)) from--;
  const part = before.slice(from);
  if (part.length === 0) return null;
  const person = personGender(name, text) !== null;
  if (!person && commonNounBefore(part)) return { kind: "description" };
  const p = part.findIndex((_, i) => isPreposition(part, i));
  if (p <= 0) return null;
  // "a survey by Norland Polling", "a letter filed by Ada Roe": the agent speaks through what
  // it made.
  const nearest = part.findLastIndex((_, i) => isPreposition(part, i));
  if ((part[nearest] as Token).text === "by") return null;
  const head = part[p - 1] as Token;
  // Whether the name is a preposition's own object ("ties to both Clintons"), not a name a
  // title or role stands before ("former secretary of state Ada Roe").
  const direct = part.slice(nearest + 1).every(objectWord);
  const title = TITLE_WORDS.has(nameKey(head.text));
  // "former secretary of state Ada Roe", "Chair of the Norland Council Sen. Ada Roe": the
  // title's own phrase stands before a person's name.
  if (title && (!direct || person)) return null;
  const partStart = (part[0] as Token).start;
  const run = isCapitalised(head)
    ? properNameOf(text.slice(partStart, head.end), partStart, text)
    : null;
  const headName = run !== null && run.end >= head.end - 2 ? run : null;
  // "Democrats on the Norland Council", "Young Democrats in Orrin"; not "the Norland Court of
  // Appeals for the Circuit".
  const groupHead =
    capitalisedPlural(head, text) &&
    (headName === null || !headName.words.some((w) => NAME_CONNECTORS.has(w)));
  if (!direct) {
    // "a spokesman for Norland mayoral candidate Ada Roe", "aides of Norland mayor Ada Roe": the
    // object's head is the name; a bare singular ("master of ceremonies Ada Roe") is a title.
    const determined = DETERMINERS.has((part[0] as Token).text.toLowerCase());
    const plural = /\p{Ll}[^s'’]s$/u.test(head.text);
    if (!isCapitalised(head)) return determined || plural ? { kind: "description" } : null;
    return groupHead ? { kind: "description" } : null;
  }
  if (!isCapitalised(head) || isNumber(head) || title || groupHead) return { kind: "description" };
  // "The Norland Council on Trade Director Ada Roe": a titled person after an organisation.
  if (person && name.words.length >= 2) return null;
  // "The Norland Museum in Castlebay", "Tarquil Vint of the Castlebay Group": the head speaks,
  // not the place or body after it. Reading the head as the name was tried (PolNeAR train BUILD
  // +2 right, CHECK 2 right readings turned wrong), so the source is left unresolved instead.
  return { kind: "description" };
}

const DETERMINERS = new Set([...INDEFINITES, "the"]);

/** Whether the quotation marks among `tokens` leave one open at their end. */
function insideQuotation(tokens: readonly Token[]): boolean {
  let open = false;
  for (const t of tokens) {
    if (t.text === "“") open = true;
    else if (t.text === "”") open = false;
    else if (t.text === '"') open = !open;
  }
  return open;
}

/**
 * "an influential Norland Democrat", "another Norland voter": an indefinite determiner before
 * the name (no preposition between) makes it a common noun; not one inside a name ("the group
 * One Norland").
 */
function commonNounBefore(part: readonly Token[]): boolean {
  for (let i = part.length - 1; i >= 0; i--) {
    if (isPreposition(part, i)) return false;
    const word = (part[i] as Token).text;
    if (INDEFINITES.has(word.toLowerCase())) return i === 0 || /^\p{Ll}/u.test(word);
  }
  return false;
}

/**
 * Whether `phrase` is an appositive that describes someone without naming them: it opens with a
 * determiner or is an age, holds no clause of its own, and its head (the word before its first
 * preposition, or its last word) is a common noun — "the leader of the opposition in Orrin", "a
 * banker and an influential Norland Democrat", "30".
 */
export function describesSomeone(phrase: string, start: number, text: string): boolean {
  const tokens = tokenize(phrase, start);
  const first = tokens[0];
  if (!first) return false;
  if (tokens.length === 1 && isNumber(first)) return true;
  if (!DETERMINERS.has(first.text.toLowerCase())) return false;
  if (tokens.some((t) => /^(?:who|whom|whose|which|that)$/u.test(t.text))) return false;
  const p = tokens.findIndex((_, i) => i > 0 && isPreposition(tokens, i));
  const head = tokens[p > 0 ? p - 1 : tokens.length - 1] as Token;
  if (!isCapitalised(head)) return true;
  const name = properNameOf(phrase, start, text);
  return name !== null && sourceHead(phrase, start, name, text)?.kind === "description";
}
