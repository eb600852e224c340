import { CALENDAR_WORDS } from "../../lexicons/calendar-words.ts";
import { CLAUSE_STARTERS } from "../../lexicons/clause-starters.ts";
import { AUXILIARY_VERBS, DETERMINERS, PREPOSITIONS } from "../../lexicons/function-words.ts";
import {
  CAPITALISED_NAME_PARTICLES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
} from "../../lexicons/name-particles.ts";
import {
  INSTITUTION_HEADS,
  NAMED_THING_HEADS,
  ORGANIZATION_ENDING_WORDS,
} from "../../lexicons/organization-words.ts";
import { SAINT_PLACE_PREFIXES } from "../../lexicons/place-nouns.ts";
import { PLACE_NAMES } from "../../lexicons/places.ts";
import { CLAUSE_REPORTING_VERB_FORMS } from "../../lexicons/reporting-verbs.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../lexicons/title-words.ts";
import { aloneWords } from "./alone-words.ts";
import { execFromCapital } from "./capital-starts.ts";
import { isEnglishWord } from "./english-lexicon.ts";
import { namesABuilding } from "./entities/not-people/building-modifier.ts";
import { type Gender, GIVEN, isGivenName, MORE_GIVEN, NOUN_GIVEN } from "./given-name-genders.ts";
import { titleCaseAround } from "./title-case-line.ts";

// The given-name tables live in given-name-genders.ts; their look-ups stay importable from here.
export {
  type Gender,
  givenNameGender,
  honorificGender,
  isGivenName,
} from "./given-name-genders.ts";

/**
 * A person's full name found by its given name: "Maria Okafor", "George W. Hale", "Ana de Souza".
 * `name` is set when the span holds more than the name: a nickname in quotation marks
 * ("Tomas “The Hammer” Weller" is Tomas Weller).
 */
export type PersonName = {
  start: number;
  end: number;
  surname: string;
  gender: Gender | null;
  name?: string;
};

/** "Mall", "Teen", "Falcons" (a falcon): an English word, or the plural of one. */
function isEnglishNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return isEnglishWord(lower) || (lower.endsWith("s") && isEnglishWord(lower.slice(0, -1)));
}

/** A noun given name ("Bill") starts a name as MORE_GIVEN ones do (readName); never a month,
 *  modal, title or place word ("In August Tarrow left", "Will Tarrow win?"). */
function nounGivenName(word: string): Gender | undefined {
  // Asked of every capitalised word: the few that are noun given names are checked further.
  if (!NOUN_GIVEN.has(word)) return undefined;
  const skip =
    notASurname(word) || PLACE_NAMES.has(word) || AUXILIARY_VERBS.has(word.toLowerCase());
  return skip ? undefined : NOUN_GIVEN.get(word);
}

export const PARTICLES: ReadonlySet<string> = new Set(NAME_PARTICLES);

/** A surname particle as written inside a name: "de", "von", or capitalised "Van", "Lo". */
function isParticle(word: string): boolean {
  return PARTICLES.has(word) || CAPITALISED_NAME_PARTICLES.has(word);
}
// "School of Law": "of" is no organisation word.
const ORGANIZATION_WORDS = [...ORGANIZATION_ENDING_WORDS].filter((w) => /^[A-Z]/.test(w));
/** Capitalised words after a name that make it part of an organisation or place ("… Foundation"). */
const NAMES_SOMETHING_ELSE = new Set([
  ...ORGANIZATION_WORDS,
  ...INSTITUTION_HEADS,
  ...NAMED_THING_HEADS,
]);

/** A surname word: "Okafor", "McAllister", "O’Neill", "DeLuca", "Smith-Jones", "Erdoğan". */
const SURNAME_SHAPE =
  /^(?:(?:Mc|Mac|O['’]|D['’]|De|La|Le|Di|Van)?\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?$/u;
/** A surname with an inner capital after another lead than SURNAME_SHAPE's ("VandeLund"). */
const INNER_CAPITAL = /^(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}{2,})$/u;

/**
 * A surname word, "VandeLund" too: an inner capital after any lead when neither half is an English
 * word, so a brand ("HarbourPost", "FerryLink") or a photo credit glued to a name ("LundPhoto") is
 * none.
 */
export function isSurnameWord(word: string): boolean {
  if (SURNAME_SHAPE.test(word)) return true;
  const inner = INNER_CAPITAL.exec(word);
  return inner !== null && !isEnglishNoun(inner[1]!) && !isEnglishNoun(inner[2]!);
}
/** A middle initial ("W.") or initials ("J.R."). */
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const SUFFIXES = new Set(["Jr.", "Sr.", "II", "III", "IV"]);

const WORD = /[\p{L}’'.-]+/uy;

/**
 * Full names that start with a known given name and end with a surname: Given (Given | Initial |
 * particle)* Surname [Jr.|III]. Nothing is read from context, so people who never speak are found
 * too; a title before the name is the title reader's. Left alone: a surname that is a weekday,
 * month, title or organisation word, and a name followed by a word that makes it something else
 * ("the Maria Okafor Foundation"). Linear: one pass over capitalised words.
 */
/**
 * A capitalised word: the capital first, then the look-behind at it (the same matches as a
 * look-behind before the capital, which the engine tried at every position of the body). Sticky,
 * tried at the body's capitals alone (capital-starts.ts).
 */
const STARTS = /\p{Lu}(?<![\p{L}\p{N}’'.-]\p{Lu})\p{Ll}+(?:\p{Lu}\p{Ll}+)?/uy;

/**
 * A given name written with an inner capital ("LuAnn", "DeAndre"): the gender of the common given
 * name it spells in lowercase after its first letter ("Luann"); undefined for any other word, so
 * brands ("HarbourPost") and "McLund" start no name.
 */
function innerCapitalGiven(word: string): Gender | null | undefined {
  if (!/\p{Ll}\p{Lu}/u.test(word)) return undefined;
  const folded = word[0] + word.slice(1).toLowerCase();
  return GIVEN.has(folded) && !MORE_GIVEN.has(folded) ? GIVEN.get(folded) : undefined;
}

export function findPersonNames(body: string): PersonName[] {
  const out: PersonName[] = [];
  let alone: ReadonlyMap<string, readonly number[]> | undefined;
  // "Terry White … White said": a title word ("white" of "White House") is a surname when the
  // article also writes it alone as someone's name.
  const titleSurname = (word: string): boolean => {
    if (!isTitleWordOnly(word)) return false;
    alone ??= aloneWords(body);
    return (alone.get(word) ?? []).some((at) => namesSomeoneAt(body, at, word.length));
  };
  // "Ivo Brown … said Brown": a rarer given name before an English word is a name when the
  // article writes that word alone as someone's name, and never in lowercase ("brown").
  const echoedSurname = (word: string, at: number): boolean => {
    alone ??= aloneWords(body);
    if (new RegExp(`\\b${word.toLowerCase()}\\b`).test(body)) return false;
    return (alone.get(word) ?? []).some((o) => o !== at && namesSomeoneAt(body, o, word.length));
  };
  let from = 0;
  for (
    let m = execFromCapital(STARTS, body, 0);
    m !== null;
    m = execFromCapital(STARTS, body, from)
  ) {
    from = m.index + m[0].length;
    const inner = innerCapitalGiven(m[0]);
    const gender = GIVEN.has(m[0])
      ? GIVEN.get(m[0])
      : inner !== undefined
        ? inner
        : nounGivenName(m[0]);
    // "Von der Leyen" opening a sentence is a surname with its particle, not a given name "Von".
    if (gender === undefined || PARTICLES.has(m[0].toLowerCase())) continue;
    if (afterSaintPrefix(body, m.index)) continue;
    const found = readName(body, m.index, m[0].length, gender, titleSurname, echoedSurname);
    if (found === null) continue;
    out.push(found);
    from = found.end;
  }
  return out;
}

/** "San Diego Harbour Board": the given name is the second word of a place named after a saint. */
function afterSaintPrefix(body: string, at: number): boolean {
  if (body.charCodeAt(at - 1) !== 32) return false;
  const word =
    body
      .slice(Math.max(0, at - 20), at - 1)
      .split(/\s/)
      .pop() ?? "";
  return SAINT_PLACE_PREFIXES.has(word.replace(/^[^\p{L}]+/u, ""));
}

function readName(
  body: string,
  start: number,
  firstLength: number,
  gender: Gender | null,
  titleSurname: (word: string) => boolean,
  echoedSurname: (word: string, at: number) => boolean,
): PersonName | null {
  const noSurname = (word: string) => notASurname(word) && !titleSurname(word);
  const parts: { start: number; end: number; text: string }[] = [];
  let at = start + firstLength;
  // A nickname in quotation marks right after the given name is no part of the name.
  const nickname = nicknameAt(body, at);
  if (nickname !== null) at = nickname.end;
  // Only a common given name opens a name with a second family name: "Boston Red Sox" is a team.
  const first = body.slice(start, start + firstLength);
  const commonGiven = GIVEN.has(first) && !MORE_GIVEN.has(first);
  while (body.charCodeAt(at) === 32 && parts.length < 4) {
    WORD.lastIndex = at + 1;
    const w = WORD.exec(body);
    if (w === null) break;
    let text = w[0];
    // A sentence's full stop is no part of the word ("… met Maria Okafor.").
    if (text.endsWith(".") && !INITIALS.test(text) && !SUFFIXES.has(text)) {
      text = text.slice(0, -1);
    }
    if (text.endsWith("’s") || text.endsWith("'s")) text = text.slice(0, -2);
    // "Ada Lund-Ada Lund:": a headline glued to its own repetition ends the name at the hyphen.
    const hyphen = text.indexOf("-");
    if (hyphen > 0 && text.slice(hyphen + 1) === body.slice(start, start + firstLength)) {
      text = text.slice(0, hyphen);
    }
    // Middle words are initials, particles or further given names; the first other surname word
    // ends the name ("Maria Okafor Announces Plan" is Maria Okafor), a suffix may follow it.
    const suffix = parts.length > 0 && SUFFIXES.has(text);
    const middle = INITIALS.test(text) || isParticle(text) || isGivenName(text);
    if (!suffix && !middle && !isSurnameWord(text)) break;
    const wordEnd = w.index + w[0].length;
    if (!suffix && headlineWordAfterGiven(body, start, parts, text, wordEnd)) break;
    parts.push({ start: w.index, end: w.index + text.length, text });
    at = w.index + text.length;
    if (!suffix && !middle && text.length === w[0].length) {
      // "Mark Jay Heller told": a middle name that is also a noun ("Jay"), then the surname.
      // "Ada Rodham Lund said": a maiden or second family name, then the surname (so "Lund" is
      // hers, not another Lund's of the article).
      const next = NOUN_GIVEN.has(text)
        ? surnameEndingName(body, at)
        : parts.length === 1 && commonGiven && !noSurname(text) && !PLACE_NAMES.has(text)
          ? familySurnameAfter(body, at)
          : null;
      if (next !== null) {
        parts.push(next);
        at = next.end;
      }
    }
    if (suffix || !middle) break;
    if (text.length < w[0].length) break; // the word ended with a full stop or possessive
  }
  // Back off to the last surname word (never an initial, particle or a word that ends it).
  while (parts.length > 0) {
    const last = parts[parts.length - 1]!;
    if (SUFFIXES.has(last.text) && parts.length > 1) break;
    if (isSurnameWord(last.text) && !noSurname(last.text) && !isParticle(last.text)) break;
    parts.pop();
  }
  if (parts.length === 0) return null;
  const surnameIndex = SUFFIXES.has(parts[parts.length - 1]!.text)
    ? parts.length - 2
    : parts.length - 1;
  const surnamePart = parts[surnameIndex]!;
  if (!isSurnameWord(surnamePart.text) || noSurname(surnamePart.text)) return null;
  // The particles before the surname are part of it ("de Souza").
  let surnameStart = surnameIndex;
  while (surnameStart > 0 && isParticle(parts[surnameStart - 1]!.text)) surnameStart -= 1;
  const end = parts[parts.length - 1]!.end;
  if (followedByOtherThing(body, end) || namesABuilding(body, start, end)) return null;
  const surname = body.slice(parts[surnameStart]!.start, surnamePart.end);
  const nounFirst = !GIVEN.has(first) && NOUN_GIVEN.has(first);
  // "King Halvard Olsen", "Star Ada Varn": a noun before a given name is no name of its own.
  if (nounFirst && parts.length > 1 && isGivenName(parts[0]!.text)) return null;
  const strict = MORE_GIVEN.has(first) || nounFirst;
  if (strict && surname.split(/[ -]/).some(isEnglishNoun)) {
    // Never after a place, nor a plural ("Lima Stags … the Stags"): one English word, singular.
    const word = surname.toLowerCase();
    const plural = word.endsWith("s") && isEnglishWord(word.slice(0, -1));
    const single = surname === surnamePart.text && isEnglishWord(word) && !plural;
    if (!single || PLACE_NAMES.has(first) || !echoedSurname(surname, surnamePart.start))
      return null;
  }
  if (nickname === null) return { start, end, surname, gender };
  const name = `${body.slice(start, nickname.start)}${body.slice(nickname.end, end)}`;
  return { start, end, surname, gender, name };
}

/**
 * A title-case line's verb or adverb after a name whose last word is also a given name ("Ivo
 * Lund Wins Norland Primary", "Ada Roe Questioned Over Deal"): an English word followed by
 * another capitalised word or the line's end is no surname, so the name ends at the given name
 * before it. A suffix after it ("Ivo Lund King Jr.") leaves it a surname, and so do a possessive
 * ("Ada Alden Wood’s New Deal") and a word naming a thing ("Ada Alden Wood Park"). Only in title
 * case (`titleCaseAround`): in prose the word is the surname.
 */
function headlineWordAfterGiven(
  body: string,
  nameStart: number,
  parts: readonly { text: string }[],
  text: string,
  end: number,
): boolean {
  const last = parts[parts.length - 1];
  if (last === undefined || !isGivenName(last.text) || INITIALS.test(last.text)) return false;
  if (!isEnglishWord(text.toLowerCase())) return false;
  if (/['’]s$/u.test(body.slice(end - 2, end))) return false;
  const after = /^\.?(?: (\p{Lu}[\p{L}.]*)|\s*\n|\s*$)/u.exec(body.slice(end, end + 40));
  if (after === null) return false;
  if (after[1] !== undefined && SUFFIXES.has(after[1])) return false;
  if (followedByOtherThing(body, end)) return false;
  return titleCaseAround(body, nameStart, end);
}

/** ` “The Hammer”` / ` 'Chin'`: one to three capitalised words in quotation marks, then a space. */
const NICKNAME = / ["“'‘](?:the |The )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}["”'’](?= \p{Lu})/uy;

function nicknameAt(body: string, at: number): { start: number; end: number } | null {
  NICKNAME.lastIndex = at;
  const m = NICKNAME.exec(body);
  return m === null ? null : { start: at, end: at + m[0].length };
}

/**
 * The surname after a middle name that looked like one ("Jay" in "Mark Jay Fenwick told"): a
 * surname-shaped word that ends the name, followed by a lowercase word or punctuation — never a
 * line end (a title-case headline: "Maria Okafor Wins Award"), another capitalised word or a
 * function word ("Tomas Weller Is").
 */
function surnameEndingName(
  body: string,
  at: number,
): { start: number; end: number; text: string } | null {
  if (body.charCodeAt(at) !== 32) return null;
  WORD.lastIndex = at + 1;
  const w = WORD.exec(body);
  if (w === null) return null;
  const text = w[0].replace(/(?:[’']s|\.)$/u, "");
  if (!isSurnameWord(text) || notASurname(text) || PLACE_NAMES.has(text)) return null;
  if (CLAUSE_STARTERS.has(text) || NAME_SUFFIXES.has(text)) return null;
  const lower = text.toLowerCase();
  if (AUXILIARY_VERBS.has(lower) || DETERMINERS.has(lower) || PREPOSITIONS.has(lower)) return null;
  const end = w.index + text.length;
  const after = body.slice(end, end + 3);
  if (!/^(?:[’']s|[,.;:)]| \p{Ll})/u.test(after)) return null;
  return { start: w.index, end, text };
}

/**
 * The surname after a second family name ("Lund" in "Ada Rodham Lund said"): a surname that ends
 * the name and is no English word, so "Ada Lund Republican of Ohio" and "Ada Lund Senate" stay
 * Ada Lund.
 */
function familySurnameAfter(
  body: string,
  at: number,
): { start: number; end: number; text: string } | null {
  const next = surnameEndingName(body, at);
  if (next === null || isEnglishWord(next.text.toLowerCase())) return null;
  return next;
}

/** Reporting verbs that follow their subject ("said", "says", "told"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  CLAUSE_REPORTING_VERB_FORMS.trim().split(/\s+/),
);

/**
 * Whether a capitalised word standing alone at `at` reads as a name: no capitalised word after it,
 * and inside a sentence, or opening one before a reporting verb, an age or a quotation it labels
 * ("White said", "White, 45,", "White: “…”"; not "Foreign ministers met").
 */
function namesSomeoneAt(body: string, at: number, length: number): boolean {
  const after = body.slice(at + length, at + length + 24);
  if (/^ \p{Lu}/u.test(after)) return false;
  const before = body.slice(Math.max(0, at - 3), at).trimEnd();
  if (before !== "" && !/[.!?:"“”\n]$/.test(before)) return true;
  // "Brown, 34, denied it": an age between commas after it.
  if (/^, \d{1,3},/.test(after)) return true;
  // "Brown: “We wait.”": a speaker's label before the words it introduces.
  if (/^: ?["“]/u.test(after)) return true;
  const verb = /^ (\p{Ll}+)/u.exec(after);
  return verb !== null && CLAUSE_VERBS.has(verb[1]!);
}

/** A title word and nothing else that stops a surname ("White", "Judge"; not "Monday", "Foundation"). */
function isTitleWordOnly(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    (TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower)) &&
    !CALENDAR_WORDS.has(word) &&
    !NAMES_SOMETHING_ELSE.has(word)
  );
}

/** A word that is a calendar word, title or organisation word: never a surname. */
export function notASurname(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    CALENDAR_WORDS.has(word) ||
    TITLE_HEADS.has(lower) ||
    TITLE_WORDS.has(lower) ||
    NAMES_SOMETHING_ELSE.has(word)
  );
}

/** "Maria Okafor Foundation", "Maria Okafor International Airport": the name is another thing's. */
export function followedByOtherThing(body: string, end: number): boolean {
  if (body.charCodeAt(end) !== 32) return false;
  WORD.lastIndex = end + 1;
  const next = WORD.exec(body);
  if (next === null) return false;
  const word = next[0].replace(/[.’']+$/, "");
  if (NAMES_SOMETHING_ELSE.has(word)) return true;
  // A further capitalised word that is no name part: "International Airport", "Memorial Hospital".
  if (/^\p{Lu}\p{Ll}+$/u.test(word) && !isGivenName(word)) {
    WORD.lastIndex = next.index + next[0].length + 1;
    const after = body.charCodeAt(next.index + next[0].length) === 32 ? WORD.exec(body) : null;
    if (after !== null && NAMES_SOMETHING_ELSE.has(after[0].replace(/[.’']+$/, ""))) return true;
  }
  return false;
}
