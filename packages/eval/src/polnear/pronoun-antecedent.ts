import {
  FEMALE_GIVEN_NAMES,
  FEMALE_NOUN_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  MALE_NOUN_GIVEN_NAMES,
  UNGENDERED_GIVEN_NAMES,
} from "@parallax/aligner/lexicons/given-names";
import { type NameRun, nameKey } from "../text/proper-name.ts";
import { readWordList } from "../text/word-list.ts";

/**
 * Which earlier named gold source a he/she source refers to — a gold-side rule: it reads only the
 * gold sources and the article's words, never the system. A he/she refers to a person, so a named
 * source that reads as no person ("the FBI", "Xinhua", "Friends", "Air Force") or as a person of
 * the other gender ("Mrs. Roe" for "he") is passed over for the next earlier one.
 *
 * A name reads as a person's when it holds an honorific ("Mr.", "Mrs."), a given name (the
 * given-name lexicon the aligner reads, compromise 14.17.0 + @stdlib name lists: one owner per
 * vocabulary), a title before another of its words ("Sen. Roe"; the title word list of this
 * harness; not "Islamic State"), or is one word the article also writes right after a given
 * name, an initial or a title ("Cole" when "Rep. Tom Cole" or "Tom Cole" appears). Gender: Mr. →
 * he; Mrs., Ms., Miss → she; a one-word name the article writes after a given name takes that
 * name's gender ("Shirley" after "Tom Shirley": a surname, not the given name); else the first
 * given name's gender, when it has one.
 */
export type Gender = "he" | "she";

const TITLE_WORDS = readWordList(new URL("../../data/title-words.txt", import.meta.url));

function nameSet(...lists: string[]): ReadonlySet<string> {
  return new Set(lists.join(" ").split(/\s+/).filter(Boolean));
}
const MALE = nameSet(MALE_GIVEN_NAMES, MALE_NOUN_GIVEN_NAMES);
const FEMALE = nameSet(FEMALE_GIVEN_NAMES, FEMALE_NOUN_GIVEN_NAMES);
const UNGENDERED = nameSet(UNGENDERED_GIVEN_NAMES);

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ["mr", "he"],
  ["mrs", "she"],
  ["ms", "she"],
  ["miss", "she"],
]);

/** A person's gender as the name tells it, "unknown", or null when the name is no person's. */
export function personGender(name: NameRun, text: string): Gender | "unknown" | null {
  const words = name.words.map((w) => w.replace(/[’']s$/u, ""));
  const keys = words.map(nameKey);
  for (const key of keys) {
    const gender = HONORIFIC_GENDER.get(key);
    if (gender !== undefined) return gender;
  }
  // "Christie" alone where the article writes "Ivo Christie": a surname that is also a given name
  // takes the gender of the given name before it.
  if (words.length === 1) {
    const surname = introducedSurname(words[0] as string, text);
    if (surname === "he" || surname === "she") return surname;
  }
  // "Secretary of State John F. Kerry": the first given name in the run tells the gender.
  for (const word of words) {
    const given = givenGender(word);
    if (given !== null) return given;
  }
  // A title before another word of the run ("Justice Kennedy"; not "Islamic State").
  if (keys.slice(0, -1).some((k) => TITLE_WORDS.has(k))) return "unknown";
  if (words.length === 1) return introducedSurname(words[0] as string, text);
  return null;
}

/** Whether a word as written is a given name of the lexicon ("Ada", "Bill"; not "Admiral"). */
export function isGivenName(word: string): boolean {
  return givenGender(word) !== null;
}

function givenGender(word: string): Gender | "unknown" | null {
  if (MALE.has(word)) return "he";
  if (FEMALE.has(word)) return "she";
  if (UNGENDERED.has(word)) return "unknown";
  return null;
}

/**
 * A one-word name is a surname when the article writes it right after a given name, an initial
 * or a title somewhere ("Tom Cole", "Rep. Cole", "T. Cole"); its gender is the given name's or the
 * honorific's.
 */
function introducedSurname(word: string, text: string): Gender | "unknown" | null {
  const surname = word.replace(/[’']s$/u, "");
  if (!/^\p{Lu}\p{Ll}/u.test(surname)) return null;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = new RegExp(`(\\p{Lu}[\\p{L}’'-]*\\.?)\\s+${escaped}(?![\\p{L}])`, "gu");
  let found: Gender | "unknown" | null = null;
  for (const m of text.matchAll(before)) {
    const previous = m[1] as string;
    const key = nameKey(previous);
    const honorific = HONORIFIC_GENDER.get(key);
    if (honorific !== undefined) return honorific;
    const given = givenGender(previous);
    if (given !== null && given !== "unknown") return given;
    if (given === "unknown" || TITLE_WORDS.has(key) || /^\p{Lu}\.$/u.test(previous))
      found = "unknown";
  }
  return found;
}

/**
 * The nearest named source before `offset` that a he/she of `gender` can refer to (see above),
 * or null when none can — or when the text between that source and the pronoun names another
 * person the pronoun could refer to, outside quotation marks ("Mark Weddle, 55, started work there. ''…,'' he said" after a
 * source "Mr. Vint"): the pronoun may then refer to either, and the rule cannot tell which. A
 * person the gold names as a source somewhere in the article counts too, though no lexicon tells
 * (`speakerSurnames`: "Tarquil Vint", then "Vint" alone), once the source's own sentence has
 * ended ("Tom Roe said Vint erred" is seldom followed by a "he" for Vint).
 */
export function pronounAntecedent(
  named: readonly NameRun[],
  offset: number,
  gender: Gender,
  text: string,
  speakers: SpeakerSurnames = new Map(),
): NameRun | null {
  for (let i = named.length - 1; i >= 0; i--) {
    const name = named[i] as NameRun;
    if (name.start >= offset) continue;
    const person = personGender(name, text);
    if (person === null) continue;
    if (person !== "unknown" && person !== gender) continue;
    return namesAnotherPerson(text, name, offset, gender, speakers) ? null : name;
  }
  return null;
}

/** Capitalised words, two or more joined by spaces, or one: the name candidates of a stretch. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*))*/gu;

/**
 * Whether text[name.end, offset), quotations left out, names a person other than `name`: a run
 * of capitalised words that reads as a person of a gender the pronoun allows (`personGender`)
 * and does not hold the name's last word, or that holds the surname of a speaker the gold names
 * in the article (`speakerSurnames`).
 */
function namesAnotherPerson(
  text: string,
  name: NameRun,
  offset: number,
  gender: Gender,
  speakers: SpeakerSurnames,
): boolean {
  const between = withoutQuotations(text.slice(name.end, offset));
  // The same person again ("Justice Roe … Roe's ruling"): the run holds the name's last word.
  const surname = nameKey(name.words[name.words.length - 1] as string);
  for (const m of between.matchAll(NAME_RUN)) {
    const runWords = m[0].split(/\s+/);
    if (runWords.some((w) => nameKey(w) === surname)) continue;
    const run: NameRun = { text: m[0], start: 0, end: 0, words: runWords };
    // A speaker known by the gold alone counts after the antecedent's own sentence: inside it
    // ("Ivo Vint said Ada Roe erred") the other name is seldom the one a later pronoun picks.
    const other =
      personGender(run, text) ??
      (sentenceEnds(between.slice(0, m.index)) ? speakerGender(runWords, speakers) : null);
    if (other === "unknown" || other === gender) return true;
  }
  return false;
}

/**
 * The text with every quotation (straight, curly, doubled apostrophes) blanked out. A quotation
 * ends with its paragraph at the latest: a quote running on into the next paragraph opens that
 * one again without closing the first, so pairing marks across paragraphs would shift.
 */
function withoutQuotations(text: string): string {
  return text.replace(/“[^”\n]*(?:”|$)|"[^"\n]*(?:"|$)|''.*?(?:''|$)/gmu, (q) =>
    " ".repeat(q.length),
  );
}

/** Surname (name key) → gender of people the gold names as sources in the article. */
export type SpeakerSurnames = ReadonlyMap<string, Gender | "unknown">;

/**
 * The surnames of the gold's named sources that read as people, also when no honorific or
 * lexicon given name says so ("Ivo Vint" as a source, then "Vint" alone): a named source of two or
 * three words, each a capital then lowercase letters or an initial ("Ivo Vint", "Ivo K. Vint"; not
 * "NBC News", "Vint's"), not read as an organisation or group — no "the"/"a" before it ("the
 * Castlebay Post"), no plural last word ("Norland Republicans").
 */
export function speakerSurnames(named: readonly NameRun[], text: string): SpeakerSurnames {
  const result = new Map<string, Gender | "unknown">();
  for (const name of named) {
    if (name.words.length < 2 || name.words.length > 3) continue;
    if (!name.words.every((w) => /^(?:\p{Lu}\p{Ll}[\p{L}-]*|\p{Lu}\.)$/u.test(w))) continue;
    const last = name.words[name.words.length - 1] as string;
    if (
      /(?:^|[^\p{L}])(?:the|a|an)\s+$/iu.test(text.slice(Math.max(0, name.start - 6), name.start))
    )
      continue;
    const gender = personGender(name, text);
    if (gender === null && /s$/u.test(last)) continue;
    const key = nameKey(last);
    const known = result.get(key);
    result.set(key, known === undefined || known === gender ? (gender ?? "unknown") : "unknown");
  }
  return result;
}

/** A sentence ends in the stretch: a stop and a capital after it, or a paragraph break. */
function sentenceEnds(stretch: string): boolean {
  return /[.!?]["”’']*\s+["“']*\p{Lu}|\n/u.test(stretch);
}

function speakerGender(
  words: readonly string[],
  speakers: SpeakerSurnames,
): Gender | "unknown" | null {
  for (const w of words) {
    const gender = speakers.get(nameKey(w.replace(/[’']s$/u, "")));
    if (gender !== undefined) return gender;
  }
  return null;
}
