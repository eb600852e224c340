import {
  BEGUN_UNDER_VERBS,
  SERVED_PARTICIPLES,
  TENURE_AFTER_WORDS,
} from "../../../lexicons/title-words.ts";
import { inPastRelation, POST_NOUNS, sentenceBefore } from "./past-relation.ts";

/**
 * Whether a plain title is written so that it names the post as it was, or in someone else's words,
 * rather than the outlet saying the person holds it now. Such a title stands against no "former"
 * elsewhere (`conflicts.ts`):
 * - inside a direct quotation of its paragraph: the speaker's wording (a form of address, a record
 *   of the time), not the outlet's: `"We wrote to Governor Ivo Vint twice," Lund said`;
 * - in what a past post was held under: `a former aide to President Ivo Vint`, `a former official
 *   in President Vint's cabinet`: the "former" of the aide's post dates the whole relation, the
 *   title named with it included;
 * - as whom someone's perfect tense served: `Lund, who has also represented President Ivo Vint`,
 *   a record of service that names the post of its time;
 * - with its holder's period after it: `President Ivo Vint's political legacy`;
 * - after what began in that period: `policies that began under President Ivo Vint`;
 * - in a sentence set in a year before its article's (`In 1999, … against President Ivo Vint`),
 *   when the article's year is known; in one opened by its year, when it is not;
 * - in a relation of the past (`past-relation.ts`): `who was press secretary to President
 *   Ivo Vint`, `President Vint's former aides`, `Thirteen years after
 *   President Vint …`.
 */
export function titleToldOfThen(
  body: string,
  start: number,
  /** The year the article was published, null when unknown. */
  articleYear: number | null = null,
): boolean {
  return (
    insideParagraphQuotation(body, start) ||
    inFormerServiceOf(body, start) ||
    servedInThePerfect(body, start) ||
    TENURE_AFTER.test(body.slice(start, start + TENURE_AFTER_REACH)) ||
    BEGUN_UNDER.test(body.slice(Math.max(0, start - SERVICE_REACH), start)) ||
    (articleYear !== null
      ? inSentenceOfEarlierYear(body, start, articleYear)
      : YEAR_OPENER.test(sentenceBefore(body, start))) ||
    inPastRelation(body, start)
  );
}

function insideParagraphQuotation(body: string, start: number): boolean {
  const paragraph = body.slice(body.lastIndexOf("\n", start - 1) + 1, start);
  const straight = paragraph.split('"').length - 1;
  const opening = paragraph.split("\u201c").length - 1;
  const closing = paragraph.split("\u201d").length - 1;
  // Some outlets open and close a quotation with two apostrophes: ''We wrote,'' she said.
  const doubled = paragraph.split("''").length - 1;
  return straight % 2 === 1 || opening > closing || doubled % 2 === 1;
}

/** The title's words, the holder's capitalised name with "'s", a word at most, a period noun. */
const TENURE_AFTER = new RegExp(
  `^(?:[\\p{L}.-]+\\s+){1,6}?\\p{Lu}[\\p{L}.-]*['’]s\\s+(?:\\p{Ll}+\\s+)?(?:${TENURE_AFTER_WORDS.join("|")})\\b`,
  "u",
);
/** How far after the title's start the period noun may end. */
const TENURE_AFTER_REACH = 90;

/** A verb of a thing begun, an adverb at most, then "under" right before the title. */
const BEGUN_UNDER = new RegExp(
  `\\b(?:${BEGUN_UNDER_VERBS.join("|")})\\s+(?:[a-z]+ly\\s+)?under\\s+$`,
  "i",
);

/**
 * Whether the sentence, before the title, names a year before the article's ("In 1999, a year
 * after … against President Ivo Vint"): the sentence tells that year, the title is the post of then.
 * Not a year after "since" ("Since 2009, President Vint has …" runs up to now).
 */
function inSentenceOfEarlierYear(body: string, start: number, articleYear: number): boolean {
  const sentence = sentenceBefore(body, start);
  for (const m of sentence.matchAll(/\b(since\s+)?((?:19|20)\d\d)\b(?!s)/gi))
    if (m[1] === undefined && Number(m[2]) < articleYear) return true;
  return false;
}

/**
 * A sentence opened by the year it tells ("In 2008, Sen. Ada Roe distanced herself from President
 * Vint", "Back in March 1999, …"): a narrative of that year, read so when the article's own year is
 * unknown. Only as the opener: a year later in the sentence may be a plan's ("President Vint said
 * the plan runs to 2030").
 */
const YEAR_OPENER =
  /^["“]?(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:19|20)\d\d\b(?!s)/iu;

/** "former" or "ex-", up to three words, a post noun, then the word tying it to whom it served. */
const FORMER_SERVICE = new RegExp(
  `\\b(?:former\\s+|ex-\\s*|onetime\\s+|one-time\\s+)(?:[\\w'’-]+\\s+){0,3}?(?:${POST_NOUNS})s?\\s+(?:to|in|under|for)\\s+(?:the\\s+)?$`,
  "i",
);
/** How far back the former post may begin: "a former top economic adviser to ". */
const SERVICE_REACH = 80;

function inFormerServiceOf(body: string, start: number): boolean {
  return FORMER_SERVICE.test(body.slice(Math.max(0, start - SERVICE_REACH), start));
}

/** "has", "have" or "had", an adverb at most, a verb of serving, then the title. */
const PERFECT_SERVICE = new RegExp(
  `\\b(?:has|have|had)\\s+(?:[a-z]+ly\\s+|also\\s+|once\\s+|long\\s+)?(?:${SERVED_PARTICIPLES.join("|").replace(/ /g, "\\s+")})\\s+(?:the\\s+)?$`,
  "i",
);

function servedInThePerfect(body: string, start: number): boolean {
  return PERFECT_SERVICE.test(body.slice(Math.max(0, start - SERVICE_REACH), start));
}
