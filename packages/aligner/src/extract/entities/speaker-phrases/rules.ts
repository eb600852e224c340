// Entity layer: rules for speaker phrases — descriptions that can name someone, business
// appositives, untitled names before an appositive.

import { CLAUSE_OPENERS, CLAUSE_STARTERS } from "../../../../lexicons/clause-starters.ts";
import {
  AUXILIARY_VERBS,
  DETERMINERS,
  PREPOSITIONS,
  SUBJECT_PRONOUNS,
} from "../../../../lexicons/function-words.ts";
import { ORGANIZATION_APPOSITIVE_HEADS } from "../../../../lexicons/organization-words.ts";
import { PLACE_APPOSITIVE_HEADS } from "../../../../lexicons/place-nouns.ts";
import { REPORTING_VERB_FORMS, TELLING_FORMS } from "../../../../lexicons/reporting-verbs.ts";
import { TITLE_HEADS, TITLE_WORDS } from "../../../../lexicons/title-words.ts";
import type { ArticleText } from "../../article-text.ts";
import { isEnglishWord } from "../../english-lexicon.ts";
import { isGivenName } from "../../person-names.ts";
import { isAsciiLetter } from "../clause-openers.ts";
import { CAPITALISED_NAME_WORD, isNameChar, PARTICLE_WORDS } from "../name-rules.ts";

/**
 * One lowercase word before a speech verb that tells when or how, not who ("first reported by
 * Reuters", "later said"): never an unnamed source.
 */
/** "he formally" → "he": adverbs closing a subject phrase ("-ly" words, "also", "often", …). */
export function withoutTrailingAdverbs(phrase: string): string {
  let end = phrase.length;
  for (;;) {
    const space = phrase.lastIndexOf(" ", end - 1);
    if (space < 0) break;
    const word = phrase.slice(space + 1, end);
    if (!NOT_A_SPEAKER.test(word) && word !== "often" && word !== "only") break;
    end = space;
  }
  return phrase.slice(0, end);
}

/**
 * Whether lowercase-led words can describe a speaker ("a senior aide", "three officials briefed on
 * the talks", "Democratic leaders"), not a piece of clause a subject reader cut out ("has since",
 * "she issued a statement", "hours before", "yelling at people"): a determiner or a capital first,
 * no auxiliary verb, no pronoun, not ending on a preposition, a possessive or a contraction.
 */
export function describesSomeone(words: readonly string[]): boolean {
  const first = words[0] ?? "";
  if (/^\p{Ll}/u.test(first) && !DETERMINERS.has(first)) {
    // A bare plural or noun may describe ("officials on both sides"); a pronoun, a verb form, a
    // preposition or an adverb opens a clause.
    if (SUBJECT_PRONOUNS.has(first) || PREPOSITIONS.has(first) || NOT_A_SPEAKER.test(first))
      return false;
    if (/(?:ing|ed)$/.test(first)) return false;
  }
  // "He criticized the plan": a capitalised pronoun opens a clause too.
  if (words.length > 1 && SUBJECT_PRONOUNS.has(first.toLowerCase())) return false;
  // "Given his past", "Within half an hour": a capitalised preposition opens an adverbial
  // ("About 40 rabbis", "While the president" still lead to a subject).
  if (/^\p{Lu}/u.test(first) && ADVERBIAL_OPENERS.has(first.toLowerCase())) return false;
  const last = words[words.length - 1] ?? "";
  if (PREPOSITIONS.has(last)) return false;
  // "a 2005 collection of his", "the so-", "two weeks ago": a phrase cut off before its noun,
  // or a time ("two said", "four in 10 said" are people).
  if ((words.length > 1 && CUT_BEFORE_NOUN.has(last)) || last === "ago" || last.endsWith("-"))
    return false;
  // "lost the race to Vint --", a tweet's markup: no description holds a dash or a tag.
  if (words.some((w) => w === "--" || w === "—" || /[<>=]/.test(w))) return false;
  // "The Harbour Department says the majority of dockers admitted …": a clause with its own
  // subject and verb of saying, cut out before a later reporting verb; "a man who says he saw it"
  // still describes.
  if (words.some((w, i) => i > 0 && TELLING.has(w) && !RELATIVES.has(words[i - 1]!))) return false;
  // "Harbour Watch issued a statement saying …": a capitalised subject, a past verb and its
  // object are a clause cut out before a participle, not a description ("officials briefed on
  // the talks", "a man named Ivo Vint" still describe).
  if (
    words.some(
      (w, i) =>
        i > 0 &&
        PAST_FORM.test(w) &&
        /^\p{Lu}/u.test(words[i - 1]!) &&
        OBJECT_DETERMINERS.has(words[i + 1] ?? ""),
    )
  )
    return false;
  // "None", "Nobody": a negative names no speaker.
  if (words.length === 1 && NEGATIVES.has(first.toLowerCase())) return false;
  // "Saturday's", "an editor's", "he’s", "who've": a possessive waits for its noun and a
  // contraction is a verb, so the phrase was cut out of a clause.
  if (/[’'](?:s|ve|re|ll|d|m)$/i.test(last)) return false;
  return !words.some(
    (w) => AUXILIARY_VERBS.has(w) || (w !== first && SUBJECT_PRONOUNS.has(w)) || /n[’']t$/.test(w),
  );
}

const TELLING: ReadonlySet<string> = new Set(TELLING_FORMS.split("|"));

/** A regular past form: "issued", "released", "posted". */
const PAST_FORM = /^\p{Ll}+ed$/u;

/** Determiners opening a verb's object: "issued a statement", "released its report". */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set("a an the his her its their".split(" "));

const RELATIVES: ReadonlySet<string> = new Set(["who", "that", "which"]);

/** Prepositions that open an adverbial, not a subject, when they lead a capitalised phrase. */
const ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(
  "given with within without despite during after before since until upon from for in on at by to into through".split(
    " ",
  ),
);

/** Articles and possessive determiners: a phrase ending on one was cut before its noun. */
const CUT_BEFORE_NOUN: ReadonlySet<string> = new Set(
  "the a an his her their its our my your".split(" "),
);

const NEGATIVES: ReadonlySet<string> = new Set(["none", "nobody", "nothing", "neither"]);

export const NOT_A_SPEAKER =
  /^(?:first|later|earlier|also|then|once|again|previously|initially|originally|already|since|last|[a-z]+ly)$/;

/**
 * Focusing adverbs: they may open a speaker phrase ("even a top aide said", "only two officials
 * said") but alone they are a clause's adverb ("officials, in fact, even insist"), never a speaker.
 */
export const FOCUSING_ADVERB = /^(?:even|only|just)$/;

/**
 * Whether the appositive right after a name describes a business or another organisation
 * ("Deutsche Telekom, the market leader, said", ", Germany's biggest lender,", ", a local
 * charity,"): its last word, or last two, is such a noun. Read only where a speaker phrase ends in
 * an unknown name.
 */
export function describedAsOrganization(body: string, end: number): boolean {
  return appositiveHeadIn(body, end, ORGANIZATION_APPOSITIVE_HEADS);
}

/**
 * Whether the appositive right after a name describes a place ("Castlebay, a fishing town,",
 * ", a small village in the north,", ", the country's second city,"): its head is a place noun.
 * A person's appositive ends on a person noun or a title ("a Castlebay native", "the town's
 * mayor") and is never read so.
 */
export function describedAsPlace(body: string, end: number): boolean {
  return appositiveHeadIn(body, end, PLACE_APPOSITIVE_HEADS);
}

/** Whether the head of the appositive opening at `end` (its last word, or last two) is in `heads`. */
function appositiveHeadIn(body: string, end: number, heads: ReadonlySet<string>): boolean {
  if (body.charCodeAt(end) !== 44) return false;
  const m = BUSINESS_APPOSITIVE.exec(body.slice(end, end + 64));
  if (m === null) return false;
  const all = m[1]!.split(" ");
  // "the founder of the firm": the head comes before the first preposition.
  const cut = all.findIndex((w) => APPOSITIVE_PREPOSITIONS.has(w));
  const words = cut < 0 ? all : all.slice(0, cut);
  const last = words[words.length - 1] ?? "";
  return heads.has(last) || (words.length > 1 && heads.has(`${words[words.length - 2]} ${last}`));
}

const APPOSITIVE_PREPOSITIONS = new Set([
  "of",
  "at",
  "in",
  "for",
  "with",
  "from",
  "on",
  "to",
  "and",
]);

/** ", the market leader,", ", a chipmaker,", ", Germany's biggest lender,": the appositive's words. */
const BUSINESS_APPOSITIVE = /^, (?:the|a|an|[A-Z][a-z]+[’']s) ((?:[a-z’'-]+ ){0,4}[a-z]+),/;

/**
 * "premier" heads a title only after a nationality or "former" ("Belgian premier Herman Van
 * Rompuy", "former premier …"): "the premier Auto Show", "Asia's premier Tech Summit" are adjectives.
 */
export const PREMIER_BEFORE = /^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ch|i)|former|then|ex)$/;

/** The word right before `at` and one space ("" when none). */
export function wordBefore(body: string, at: number): string {
  if (at < 2 || body.charCodeAt(at - 1) !== 32) return "";
  let w = at - 1;
  while (w > 0 && isAsciiLetter(body.charCodeAt(w - 1))) w -= 1;
  return body.slice(w, at - 1);
}

/** Characters that end the stretch from an appositive's head back to its comma: .;:“”"()—– and newlines. */
export function isAppositiveStop(c: number): boolean {
  return c < 128
    ? c === 46 || c === 59 || c === 58 || c === 34 || c === 40 || c === 41 || c === 10
    : c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013;
}

/** Words before a name that make the capitalised words part of something else ("the Lindqvist Institute"). */
const NOT_BEFORE_A_NAME = new Set(["the", "a", "an", "of", "at", "for", "from", "in", "by"]);

/**
 * Start of the two or three capitalised words that end at `end` ("Wang Lianhe" before ", China's
 * commerce minister"), or -1: a fourth capitalised word before them, or an article or preposition
 * ("the Lindqvist Institute"), makes them part of a longer name or an organisation.
 */
export function untitledNameStart(body: string, end: number): number {
  let count = 0;
  let i = end;
  let start = -1;
  // A particle read since the last capitalised word: the name goes on only past another one.
  let particle = false;
  while (count < 4) {
    let w = i;
    while (w > 0 && isNameChar(body.charCodeAt(w - 1))) w -= 1;
    if (w === i) break;
    const first = body.charCodeAt(w);
    const word = body.slice(w, i);
    if (count >= 2 && NOT_BEFORE_A_NAME.has(word.toLowerCase())) return -1;
    // "Pedro da Silva": a particle between capitalised words belongs to the name.
    if (count >= 1 && PARTICLE_WORDS.has(word) && w > 0 && body.charCodeAt(w - 1) === 32) {
      particle = true;
      i = w - 1;
      continue;
    }
    // "Federal Reserve Chair Jerome Powell": the name starts after the title.
    if (isTitleWord(word)) break;
    if (first < 65 || first > 90 || !CAPITALISED_NAME_WORD.test(word)) break;
    particle = false;
    count += 1;
    start = w;
    if (w === 0 || body.charCodeAt(w - 1) !== 32) break;
    i = w - 1;
  }
  if (count < 2 || count > 3) return -1;
  // "… de Gaulle": a particle before the first capitalised word leaves the name to start there,
  // which is the surname alone; the name read is then wrong, so none is.
  if (particle) return -1;
  return start;
}

/** A capitalised word that belongs to a title rather than a name: "Chief", "Executive", "Chair". */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_HEADS.has(lower) || TITLE_WORDS.has(lower);
}

/**
 * A lone capitalised word that nobody introduced as a name and that cannot be one: a clause
 * opener ("When told of it, … said"), or an English word opening its sentence before a
 * lowercase word other than a reporting verb — an -ing form ("Addressing the gala, Vint described
 * …", "Having announced …"; "Manning said" stays a name) or any other word that is no given name
 * (`Two weeks after …`, `Local news crews are reporting …`: the plural noun after it was read as
 * the verb) unless a past tense or an auxiliary follows (`Vint gestured …`, `Vint has argued …`
 * name someone). A wrong speaker is worse than none.
 */
export function notALoneName(text: ArticleText, start: number, name: string): boolean {
  const lower = name.toLowerCase();
  // Not every "-ly" word: "Skelly" is a surname.
  if (CLAUSE_OPENERS.has(name) || CLAUSE_STARTERS.has(name)) return true;
  const participle = name.endsWith("ing");
  if (!participle && isGivenName(name)) return false;
  const sentence = text.sentenceAt(start);
  if (sentence === undefined) return false;
  if (!/^[\s“"‘']*$/.test(text.body.slice(sentence.span.start, start))) return false;
  if (AUXILIARY_VERBS.has(lower)) return true;
  const next = /^\s+(\p{Ll}+)/u.exec(
    text.body.slice(start + name.length, start + name.length + 30),
  );
  if (next === null || REPORTING_VERBS.has(next[1]!) || !isEnglishWord(lower)) return false;
  // "Vint gestured to the crowd", "Vint has argued": a past tense or an auxiliary after the word
  // makes it a subject, so a name.
  return participle || !(next[1]!.endsWith("ed") || AUXILIARY_VERBS.has(next[1]!));
}

const REPORTING_VERBS: ReadonlySet<string> = new Set(REPORTING_VERB_FORMS.trim().split(/\s+/));

/**
 * A name found by its context whose first word is an English -ing form opening its sentence and
 * no given name: `Following Vint on the radio, Lund …` reads a participle clause, not a person
 * "Following Vint" (`Sterling Moss said` keeps a given name).
 */
export function opensWithParticiple(text: ArticleText, start: number, name: string): boolean {
  const first = name.slice(0, name.search(/[ -]|$/));
  if (!first.endsWith("ing") || first === name || isGivenName(first)) return false;
  if (!isEnglishWord(first.toLowerCase())) return false;
  const sentence = text.sentenceAt(start);
  return sentence !== undefined && /^[\s“"‘']*$/.test(text.body.slice(sentence.span.start, start));
}
