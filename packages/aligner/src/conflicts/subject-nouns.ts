import { FORMS_OF_BE, SUBJECT_PRONOUNS, SUBJECT_RELATIVES } from "../../lexicons/function-words.ts";
import { PLACE_NAMES } from "../../lexicons/places.ts";
import { eventWords } from "../align/lemmas.ts";
import type { AlignUnit } from "../align/units.ts";
import { isEnglishWord } from "../extract/english-lexicon.ts";
import { isGivenName } from "../extract/given-name-genders.ts";
import { withoutClockTimes } from "../extract/times-of-day.ts";
import { statesLemma } from "./negation/guards.ts";

/* The subject a verb is said of, as its common nouns: two conflicting values must be of one. */

/** Words that open a relative clause: its subject is the noun before it. */
const RELATIVE = new RegExp(String.raw`^\s*(?:${SUBJECT_RELATIVES.join("|")})\b`, "i");

/**
 * The nouns of the subject a verb at a position is said of: the words of its clause before it, or,
 * for a relative clause ("The driver, who was not wearing a belt"), of the clause before that.
 */
export function subjectNouns(unit: AlignUnit, at: number): string[] {
  return subjectOf(...subjectClause(unit, at));
}

/** The subject's nouns in a clause: its common nouns before its first verb, the last two. */
function subjectOf(clause: string, opensSentence: boolean): string[] {
  // Names are compared as entities, not as words; the subject stands before the clause's verb
  // ("the quake struck the coast at 4:10": "coast" is what it struck). A common word capitalised
  // only because it opens the sentence ("Staff closed it") is no name.
  const opening = opensSentence ? /^\s*(\p{Lu}\p{Ll}+)\b/u.exec(clause) : null;
  const common = opening !== null && commonWordNotName(opening[1]!) ? opening[0].length : 0;
  const masked = clause.slice(common).replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " ");
  const words = eventWords(clause.slice(0, common).toLowerCase() + masked);
  const verb = words.findIndex((w) => w.verb);
  const subject = verb < 0 ? words : words.slice(0, verb);
  return subject.map((w) => w.lemma).slice(-2);
}

/** An English word that is no given name nor place's name: "Staff", "Officials", not "Grant". */
function commonWordNotName(word: string): boolean {
  return isEnglishWord(word.toLowerCase()) && !isGivenName(word) && !PLACE_NAMES.has(word);
}

/**
 * The clause a verb at a position is said in: the words of its clause before it, or, for a
 * relative clause, of the clause before that. A clock time is no word of it: its colon cuts
 * nothing and its "p.m." is no noun ("At 8:30 p.m. the ferry left").
 */
function subjectClause(unit: AlignUnit, at: number): [clause: string, opensSentence: boolean] {
  const before = withoutClockTimes(unit.text.slice(0, Math.max(0, at - unit.span.start)));
  const cuts = [...before.matchAll(/[,;:]|\bthat\b/gi)].map((m) => (m.index ?? 0) + m[0].length);
  const from = cuts.at(-1) ?? 0;
  if (RELATIVE.test(before.slice(from)) || /^\s*$/.test(before.slice(from))) {
    const previous = cuts.at(-2) ?? 0;
    return [before.slice(previous, Math.max(previous, from - 1)), previous === 0];
  }
  return [before.slice(from), from === 0];
}

/** A personal pronoun standing as a clause's subject (SUBJECT_PRONOUNS). */
const SUBJECT_PRONOUN = new RegExp(`\\b(?:${[...SUBJECT_PRONOUNS].join("|")})\\b`, "i");

/**
 * Whether the clause of a verb at a position has a pronoun for its subject and no noun ("It closed
 * on Monday", "Later, they left at 9 a.m."): a pronoun before the clause's first verb.
 */
function pronounSubject(unit: AlignUnit, at: number): boolean {
  const [clause, opensSentence] = subjectClause(unit, at);
  if (subjectOf(clause, opensSentence).length > 0) return false;
  const pronoun = SUBJECT_PRONOUN.exec(clause);
  // The subject comes before the verb: "officials said it" has its pronoun after "said".
  return pronoun !== null && !eventWords(clause.slice(0, pronoun.index)).some((w) => w.verb);
}

/**
 * Whether two verbs can be said of one subject: when each clause names its subject with common
 * nouns ("the driver was not injured" / "the passenger was injured", "the quake struck at 4:10" /
 * "an aftershock struck at 5:20"), one of them is in the other statement. A name says nothing
 * here (names are compared as entities), nor do two pronouns.
 */
export function sameSubjectNouns(a: AlignUnit, at: number, b: AlignUnit, bAt: number): boolean {
  const left = subjectNouns(a, at);
  const right = subjectNouns(b, bAt);
  // A pronoun told against a noun ("It closed on Monday" / "The museum closed on Tuesday") is
  // the same subject only where its own statement names that noun for it to stand for ("The
  // museum reopened, but it closed on Monday"): no statement here resolves a pronoun from an
  // earlier sentence, and a wrong conflict costs more than a missed one.
  if (left.length === 0 && right.length > 0 && pronounSubject(a, at))
    return right.some((w) => statesLemma(a, w));
  if (right.length === 0 && left.length > 0 && pronounSubject(b, bAt))
    return left.some((w) => statesLemma(b, w));
  if (left.length === 0 || right.length === 0) return true;
  // One side's subject may be the other's object ("the suspect was arrested" / "police arrested
  // the suspect"): a subject noun anywhere in the other statement ties them.
  return left.some((w) => statesLemma(b, w)) || right.some((w) => statesLemma(a, w));
}

/** A capitalised word not opening the sentence: a name a later pronoun may stand for. */
const NAME_BEFORE = /(?<!^\s*|[.!?"“]\s*)(?<![\p{L}'’-])\p{Lu}\p{Ll}/u;

/** A passive participle's doer after it: "which was projected by networks" → "networks …". */
const PASSIVE_AGENT = /^[\p{L}'’-]+\s+by\s+((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)/u;
/** A form of "be" (FORMS_OF_BE) just before a participle, perhaps with an adverb: "was widely". */
const PASSIVE_AUXILIARY = new RegExp(
  String.raw`\b(?:${[...FORMS_OF_BE].join("|")})\s+(?:[a-z]+ly\s+)?$`,
  "i",
);

/**
 * The nouns of whoever does what a verb at a position tells: its subject's, or, for a passive
 * with its doer after "by" ("was projected by networks"), the doer's.
 */
function doerNouns(unit: AlignUnit, at: number): string[] {
  const offset = Math.max(0, at - unit.span.start);
  if (PASSIVE_AUXILIARY.test(unit.text.slice(0, offset))) {
    const agent = PASSIVE_AGENT.exec(unit.text.slice(offset))?.[1];
    if (agent !== undefined) {
      const nouns = subjectOf(agent, false);
      if (nouns.length > 0) return nouns;
    }
  }
  return subjectNouns(unit, at);
}

/**
 * Whether one verb is said of a pronoun and the other of a noun that the pronoun's own statement
 * never names ("he's not predicting a win" / "polls did predict the caucus", "… which was
 * projected by networks"): the pronoun stands for someone of an earlier sentence, and nothing
 * here says the noun is that one (issue 12). Asked of every denial, however the two are worded.
 */
export function pronounAgainstNoun(a: AlignUnit, at: number, b: AlignUnit, bAt: number): boolean {
  const one = (x: AlignUnit, xAt: number, y: AlignUnit, yAt: number) => {
    if (subjectNouns(x, xAt).length > 0 || !pronounSubject(x, xAt)) return false;
    // "Ivo Vint confirmed that he has not …": a name before the pronoun is whom it stands for,
    // and names are compared as entities.
    if (NAME_BEFORE.test(x.text.slice(0, Math.max(0, xAt - x.span.start)))) return false;
    const nouns = doerNouns(y, yAt);
    return nouns.length > 0 && !nouns.some((w) => statesLemma(x, w));
  };
  return one(a, at, b, bAt) || one(b, bAt, a, at);
}
