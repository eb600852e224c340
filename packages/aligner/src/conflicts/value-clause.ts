// Conflict layer: the clause a figure or date stands in — its words, its verb, whether it speaks
// of something still to come — which the figure and date checks compare between two statements
// (guards.ts re-exports these for them).
import { contentLemmas, eventWords } from "../align/lemmas.ts";
import { perText } from "../align/per-text.ts";
import { perUnit } from "../align/per-unit.ts";
import { type AlignUnit, PROSPECTIVE } from "../align/units.ts";
import { nominalises } from "../events/event-triggers.ts";

/**
 * The content words of the clause holding a figure or date (from the comma, semicolon or sentence
 * start before it to the one after it), without the head word itself: what happened to the counted
 * thing ("injured", "joined", "inside the bank").
 */
export function clauseLemmas(unit: AlignUnit, start: number, end: number): ReadonlySet<string> {
  const key = `${start}|${end}`;
  const known = clauseLemmasOf(unit);
  let lemmas = known.get(key);
  if (!lemmas) {
    lemmas = readClauseLemmas(unit, start, end);
    known.set(key, lemmas);
  }
  return lemmas;
}

// Read once per statement and value: figure and date checks ask it again for every pair a
// statement meets, and a thousand-outlet story meets the same value hundreds of times.
const clauseLemmasOf = perUnit(() => new Map<string, ReadonlySet<string>>());

function readClauseLemmas(unit: AlignUnit, start: number, end: number): ReadonlySet<string> {
  const clause = clauseText(unit, start, end);
  if (clause === null) return new Set(unit.lemmas);
  // Names say who, not what happened: "Hawaiian Gardens" in two clauses does not make "the
  // 35-year-old deputy" and "the 29-year-old gang member" one person's age.
  return new Set(contentLemmas(clause.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ")));
}

/** The clause holding a value: from the comma, semicolon or colon before it to the one after it. */
function clauseText(unit: AlignUnit, start: number, end: number): string | null {
  const clause = clauseAround(unit, start, end);
  return clause === null ? null : `${clause.before} ${clause.after}`;
}

/** Where the last colon that opens a clause stands (not a clock time's "8:30"), or -1. */
function lastClauseColon(text: string): number {
  for (let at = text.length - 1; at >= 0; at -= 1)
    if (text[at] === ":" && !/\d/.test(text[at + 1] ?? "")) return at;
  return -1;
}

/** A list's last item before a value: "and Castlebay on Tuesday", "Norland or Orvale by 5". */
const LAST_LIST_ITEM =
  /^\s*(?:(?:and|or)\s+\p{Lu}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:and|or)\s+\p{Lu})/u;
/** An item of a list of names between two commas: " Orvale", " New Castlebay". */
const NAME_ITEM = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;
/** The first item of the list, ending the words before it: "Vint won Orvale". */
const ENDS_ON_NAME = /\p{Lu}[\p{L}.'’-]*\s*$/u;

/**
 * Where the clause holding a value opens when its opening comma only parts the names of a list
 * ("Vint won Orvale, Norland, Castlebay and Elm on Tuesday": the commas part places, and the
 * clause is the whole list and its verb), else `open` as found. Fixed on a day whose clause was
 * read as "Castlebay and Elm on Tuesday", with no verb and no word to share with another outlet's.
 */
function listOpening(before: string, open: number): number {
  if (open < 0 || before[open] !== "," || !LAST_LIST_ITEM.test(before.slice(open + 1))) return open;
  let at = open;
  let items = 0;
  for (;;) {
    const previous = Math.max(before.lastIndexOf(",", at - 1), before.lastIndexOf(";", at - 1));
    const segment = before.slice(previous + 1, at);
    if (before[previous] === "," && NAME_ITEM.test(segment)) {
      at = previous;
      items += 1;
      continue;
    }
    // The list's first item closes the words before it; without one, the commas part a clause.
    return items > 0 && ENDS_ON_NAME.test(segment) ? previous : open;
  }
}

/** The clause holding a value, as its words before the value and its words after it. */
export function clauseAround(
  unit: AlignUnit,
  start: number,
  end: number,
): { before: string; after: string } | null {
  const from = start - unit.span.start;
  const to = end - unit.span.start;
  if (from < 0 || to > unit.text.length || from > to) return null;
  const before = unit.text.slice(0, from);
  const after = unit.text.slice(to);
  // A colon before a digit is a clock time's ("8:30 p.m."), no clause break.
  const open = listOpening(
    before,
    Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), lastClauseColon(before)),
  );
  const closeAt = after.search(/[,;]|:(?!\d)/);
  return {
    before: before.slice(open + 1),
    after: after.slice(0, closeAt < 0 ? after.length : closeAt),
  };
}

/**
 * The verb a value belongs to: the nearest verb before it in its clause ("stole gems worth 85
 * million euros" → steal, "laughed Tuesday" → laugh), else the first after it ("on Thursday upheld
 * the ruling" → uphold). Null when the clause has none.
 */
export const valueVerb = bySpan(readValueVerb);

/** Longest statement text a span key tells apart; a longer one is read afresh each time. */
const SPAN_KEY_BASE = 1 << 20;

/**
 * One number for a value's place in its statement's text (start and end offsets), or null when the
 * place lies outside the text (no clause holds it) or the text is too long to key.
 */
export function spanKey(unit: AlignUnit, start: number, end: number): number | null {
  const from = start - unit.span.start;
  const to = end - unit.span.start;
  if (from < 0 || to > unit.text.length || from > to || to >= SPAN_KEY_BASE) return null;
  return from * SPAN_KEY_BASE + to;
}

/**
 * A reading of a value's place in its statement, kept per text by the place's span key: the
 * figure, date and event checks ask it again for every pair the statement meets. A place no key
 * tells apart is read afresh each time.
 */
export function bySpan<T>(
  read: (unit: AlignUnit, start: number, end: number) => T,
): (unit: AlignUnit, start: number, end: number) => T {
  const readingsOf = perText(() => new Map<number, { value: T }>());
  return (unit, start, end) => {
    const key = spanKey(unit, start, end);
    if (key === null) return read(unit, start, end);
    const known = readingsOf(unit);
    let reading = known.get(key);
    if (reading === undefined) {
      reading = { value: read(unit, start, end) };
      known.set(key, reading);
    }
    return reading.value;
  };
}

function readValueVerb(unit: AlignUnit, start: number, end: number): string | null {
  const clause = clauseAround(unit, start, end);
  if (clause === null) return null;
  const verbsOf = (text: string) =>
    eventWords(text.replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "))
      .filter((w) => w.verb)
      .map((w) => w.lemma);
  const last = verbsOf(clause.before).at(-1);
  if (last) return last;
  return verbsOf(clause.after)[0] ?? null;
}

/**
 * Whether two values are said of one happening: the verb one of them belongs to, or its noun, is a
 * word of the other's clause ("stole gems worth 85 million euros" / "stole diamonds valued at 170
 * million euros", "killing four hikers" / "in the killings of two hikers"). Shared nouns alone do not: "five bank workers were rescued" and "three bank workers
 * killed" count different people; "laughed Tuesday after the jury's ruling" and "a judge on
 * Thursday upheld the jury's recommendation" date different things.
 */
export function clausesShareVerb(
  a: AlignUnit,
  aStart: number,
  aEnd: number,
  b: AlignUnit,
  bStart: number,
  bEnd: number,
): boolean {
  const left = valueVerb(a, aStart, aEnd);
  const right = valueVerb(b, bStart, bEnd);
  return (
    (left !== null && namesVerb(clauseEventLemmas(b, bStart, bEnd), left)) ||
    (right !== null && namesVerb(clauseEventLemmas(a, aStart, aEnd), right))
  );
}

/** The lemmas of the verbs and nouns of a value's clause (of the whole statement without one). */
const clauseEventLemmas = bySpan(readClauseEventLemmas);

function readClauseEventLemmas(unit: AlignUnit, start: number, end: number): ReadonlySet<string> {
  return new Set(eventWords(clauseText(unit, start, end) ?? unit.text).map((w) => w.lemma));
}

/** Whether a clause's words hold a verb or its noun ("the killings of two" holds "kill"). */
function namesVerb(words: ReadonlySet<string>, verb: string): boolean {
  if (words.has(verb)) return true;
  for (const w of words) if (w !== verb && nominalises(w, verb)) return true;
  return false;
}

/** Words that open a clause of its own inside a sentence: what follows has its own tense. */
const SUBORDINATE = /[,;:]|\b(?:after|when|because|since|before|while|as|which|who|that|but)\b/gi;

/**
 * Whether a value is said of something still to come: a cue of the future ("will", "is expected
 * to") in its own clause before it ("meaning he will miss the final two games"), not in another
 * clause of the statement ("will face charges after police found the bodies of two women").
 */
export function prospectiveAt(unit: AlignUnit, start: number): boolean {
  const at = Math.max(0, start - unit.span.start);
  const known = prospectiveOf(unit);
  let prospective = known.get(at);
  if (prospective === undefined) {
    prospective = readProspective(unit.text.slice(0, at));
    known.set(at, prospective);
  }
  return prospective;
}

// By the value's place in the text: the tense depends on the text alone (per-text.ts). Date and
// figure pair checks ask it of both values of every pair they meet.
const prospectiveOf = perText(() => new Map<number, boolean>());

function readProspective(before: string): boolean {
  let from = 0;
  for (const match of before.matchAll(SUBORDINATE)) from = match.index + match[0].length;
  const clause = before.slice(from);
  return PROSPECTIVE.test(clause) || CONTRACTED_WILL.test(clause) || TO_BE_DONE.test(clause);
}

/**
 * A passive infinitive right before the value ("a report to be released Thursday", "a vote to be
 * held on 3 May"): what the noun before it awaits, still to come.
 */
const TO_BE_DONE = /\bto be \p{Ll}+(?:ed|en)\s+(?:on\s+)?$/u;

/** "will" contracted onto its subject ("We’ll be meeting on Friday", "they'll vote Monday"). */
const CONTRACTED_WILL = /\p{L}['’]ll\b/iu;
