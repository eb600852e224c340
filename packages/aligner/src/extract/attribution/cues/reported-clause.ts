// Attribution layer: where the reported clause after a speech verb starts ("said late Tuesday the
// talks had stalled") and ends.
import { WEEKDAYS } from "../../../../lexicons/calendar-words.ts";
import { DETERMINERS, FINITE_AUXILIARY_VERBS } from "../../../../lexicons/function-words.ts";
import {
  PAST_AND_PARTICIPLE_FORMS,
  PAST_ONLY_FORMS,
} from "../../../../lexicons/irregular-verbs.ts";
import { isRegexSpace } from "../../word-index.ts";
import { spaceEnd, wordEndAt } from "../text-scan.ts";
import { CONTENT_BOUNDARY } from "./cue-patterns.ts";

/** Speech verbs whose reported clause may follow without "that". */
export const REPORTS_A_CLAUSE = new Set([
  "say",
  "says",
  "said",
  "told",
  "tells",
  "added",
  "adds",
  "argue",
  "argues",
  "argued",
]);

const WEEKDAY = `(?:${WEEKDAYS.join("|")})`;

/** Time and place adverbials between a speech verb and its clause ("said late Tuesday", "in Seoul"). */
export const ADVERBIAL_AT = new RegExp(
  [
    String.raw`\s+(?:(?:on|late|early|earlier|later)\s+)?${WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?`,
    String.raw`\s+(?:yesterday|today|tonight|earlier|later|separately|again|also)`,
    String.raw`\s+(?:(?:late|earlier|early)\s+)?(?:last|this)\s+(?:week|month|year|weekend)`,
    String.raw`\s+on\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?`,
    String.raw`\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)`,
    String.raw`\s+(?:in|at|during)\s+(?:an?|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:statement|interview|briefing|press conference|news conference|speech|meeting|hearing|post|message|forum)(?:\s+with\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?`,
    // A place may close the sentence ("said on Monday in Seoul."), not run into a name ("in St. Louis").
    String.raw`\s+(?:in|at)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?=[\s,]|[.!?]\s|[.!?]?$)`,
  ]
    .map((a) => String.raw`(?:${a})(?![\w’'-])`)
    .join("|"),
  "y",
);

const ADVERBIAL_WORDS = new Set(
  `on|late|early|earlier|later|yesterday|today|tonight|separately|again|also|last|this|in|at|during|${WEEKDAY.slice(3, -1)}`.split(
    "|",
  ),
);

/** A clause led by one of these is not reported speech ("said goodbye", "said on the 22nd, ..."). */
const NOT_A_SUBJECT = new Set(
  "on|in|at|to|for|with|from|by|during|after|before|upon|as|of|about|so|nothing|no|yes|goodbye|hello|thanks|sorry|that|what|how|why|whether|if|when|where|please|okay|ok|not|only|just|more|less|little|much|too|very|again|also|once|twice|later|earlier|recently|previously|today|yesterday|last|next".split(
    "|",
  ),
);

const PRONOUN_SUBJECTS = new Set("he|she|it|they|we|i|you|there".split("|"));

/** Pronouns that can only be a subject (not "it", "you": "said it again", "told you so"). */
const NOMINATIVE = new Set(["he", "she", "they", "we", "i"]);

/** Verbs of state or intent a reported clause often turns on ("officials believe the plan …"). */
const STATE_VERBS =
  "remain|remains|need|needs|want|wants|expect|expects|hope|hopes|believe|believes|plan|plans|think|thinks|agree|agrees";

/** Finite verbs and auxiliaries a reported clause turns on, whatever came before. */
export const FINITE: ReadonlySet<string> = new Set([
  ...FINITE_AUXILIARY_VERBS,
  ...PAST_ONLY_FORMS.trim().split(/\s+/),
  ...STATE_VERBS.split("|"),
]);

/**
 * Past forms that are also participles ("the ceremony held in Seoul"), as "-ed" words are; with
 * the ones the irregular-verb lexicon leaves out for being nouns or adjectives too.
 */
const PAST_OR_PARTICIPLE: ReadonlySet<string> = new Set([
  ...PAST_AND_PARTICIPLE_FORMS.trim().split(/\s+/),
  ..."left|found|felt|set|put|cut".split("|"),
]);

const COORDINATORS = new Set(["and", "or", "but"]);

export const PREPOSITIONS = new Set(
  "in|at|on|for|with|from|by|during|after|before|upon|into|over|under|about|against|between|without|through|across|near|outside|inside".split(
    "|",
  ),
);

/** A word between a subject and its verb that ends the subject ("the word that ..."): not a clause. */
const ENDS_A_SUBJECT = new Set(
  "that|which|who|whom|whose|where|when|while|because|if|as|than|to".split("|"),
);

/**
 * Where a reported clause starts after a speech verb (and the object of "told"), past time and
 * place adverbials: "said late Tuesday the talks had stalled", "told reporters in Seoul the plant
 * would open". -1 unless a subject (pronoun, determiner + noun, name, short bare noun phrase) is
 * followed by a finite verb: "said the word three times", "said goodbye to", "said Monday." are not.
 */
export function reportedClauseAt(body: string, from: number, sEnd: number): number {
  let at = from;
  // The adverbial pattern is tried only where the next word can start one.
  const firstWordStart = spaceEnd(body, from, sEnd);
  const firstWord = body.slice(firstWordStart, wordEndAt(body, firstWordStart, sEnd));
  for (let guard = ADVERBIAL_WORDS.has(firstWord) ? 0 : 4; guard < 4; guard += 1) {
    ADVERBIAL_AT.lastIndex = at;
    const m = ADVERBIAL_AT.exec(body);
    if (m === null || at + m[0].length > sEnd) break;
    at += m[0].length;
  }
  if (at > from && body.charCodeAt(at) === 44) at += 1;
  const start = spaceEnd(body, at, sEnd);
  if (start === at) return -1;
  // Up to ten words of subject, read word by word until a finite verb.
  let i = start;
  let previous = "";
  let first = "";
  let firstCapital = false;
  let afterPreposition = false;
  for (let n = 0; n < 11 && i < sEnd; n += 1) {
    const wordEnd = wordEndAt(body, i, sEnd);
    if (wordEnd === i) return -1; // punctuation or a quotation mark before any verb
    const raw = body.slice(i, wordEnd);
    const capital = raw.charCodeAt(0) >= 65 && raw.charCodeAt(0) <= 90;
    const word = capital ? raw.toLowerCase() : raw;
    if (n === 0) {
      if (NOT_A_SUBJECT.has(word)) return -1;
      first = word;
      firstCapital = capital;
    } else {
      if (ENDS_A_SUBJECT.has(word)) return -1;
      const bare = !PRONOUN_SUBJECTS.has(first) && !DETERMINERS.has(first) && !firstCapital;
      if (bare && n > 3) return -1;
      if (PRONOUN_SUBJECTS.has(first) && n > 2) return -1;
      // "argued they breach WTO rules": after a subject-only pronoun the next plain word is its verb.
      if (
        n === 1 &&
        NOMINATIVE.has(first) &&
        !capital &&
        !PREPOSITIONS.has(word) &&
        !COORDINATORS.has(word) &&
        !NOT_A_SUBJECT.has(word)
      )
        return start;
      if (!capital && isFiniteVerb(word, previous, afterPreposition)) {
        // "said his piece and left": a second verb of the speaker, not a clause.
        return COORDINATORS.has(previous) ? -1 : start;
      }
      if (PREPOSITIONS.has(word)) afterPreposition = true;
    }
    previous = word;
    const next = spaceEnd(body, wordEnd, sEnd);
    if (next === wordEnd) return -1;
    i = next;
  }
  return -1;
}

/**
 * A past form that may be a participle counts after a plain subject only: not after a determiner
 * ("the proposed deal") nor a preposition ("a few words at the ceremony held in Seoul").
 */
function isFiniteVerb(word: string, previous: string, afterPreposition: boolean): boolean {
  if (FINITE.has(word)) return true;
  if (afterPreposition || DETERMINERS.has(previous)) return false;
  return PAST_OR_PARTICIPLE.has(word) || (word.length > 4 && word.endsWith("ed"));
}

export function contentEnd(body: string, start: number, sEnd: number): number {
  CONTENT_BOUNDARY.lastIndex = 0;
  const slice = body.slice(start, sEnd);
  let end = sEnd;
  // Quotation marks counted from `start`, carried forward from one boundary to the next.
  let open = 0;
  let straight = 0;
  let counted = 0;
  for (let m = CONTENT_BOUNDARY.exec(slice); m !== null; m = CONTENT_BOUNDARY.exec(slice)) {
    for (; counted < m.index; counted += 1) {
      const c = slice.charCodeAt(counted);
      if (c === 0x201c) open += 1;
      else if (c === 0x201d) open -= 1;
      else if (c === 34) straight ^= 1;
    }
    // A boundary inside quotation marks does not end the reported content.
    if (open > 0 || straight === 1) continue;
    end = start + m.index;
    break;
  }
  return end;
}

const TRAILING_MARKS = ".,;:";

export function trimContent(
  body: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let s = start;
  let e = end;
  while (s < e && (body.charCodeAt(s) === 44 || isRegexSpace(body.charCodeAt(s)))) s += 1;
  while (e > s && (TRAILING_MARKS.includes(body[e - 1]!) || isRegexSpace(body.charCodeAt(e - 1))))
    e -= 1;
  return e > s ? { start: s, end: e } : null;
}
