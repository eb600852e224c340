import { PAST_MEMBER_NOUNS } from "../../../lexicons/past-relation-words.ts";
import { TITLE_ABBREVIATIONS } from "../../../lexicons/title-abbreviations.ts";
import { FORMER_SYNONYMS, SERVICE_POST_NOUNS, TITLE_HEADS } from "../../../lexicons/title-words.ts";
import { NUMBER_WORDS } from "../../extract/number-words.ts";

/* A plain title named in a relation of the past (issue 12, conflict audit: "President" written in
 * "who was press secretary to President Ivo Vint" read as the outlet saying the post is held now,
 * against "former President Vint" elsewhere). Each shape below dates the title to a service or a
 * time that is over; none says the post is held today. Not the agent of an appointment ("a judge
 * appointed by President Vint"): read so, it took a true "former" from the pseudo-story
 * perturbation (polnear-story-perturb title 97 → 96 of 125, build half). */

/** How far back a relation may begin before the title. */
const REACH = 90;

/** Nouns of a post, a title's head or one held in someone's service ("aide"), as alternatives. */
export const POST_NOUNS = [...TITLE_HEADS, ...SERVICE_POST_NOUNS].join("|");

/**
 * A past form of "be" (or "served as"), up to three words that are no participle, a post noun, "of"
 * and a word at most ("chief of staff"), then the word tying it to whom it served: "who was press
 * secretary to ", "had been an aide to the ". Not "was named adviser to": a participle there tells
 * a post given, which may be held now.
 */
const PAST_SERVICE = new RegExp(
  `\\b(?:was|were|had\\s+been|served\\s+as)\\s+(?:(?:a|an|the|his|her|their)\\s+)?(?:(?![\\p{Ll}-]*ed\\s)[\\p{Ll}'’-]+\\s+){0,3}?(?:${POST_NOUNS})s?(?:\\s+of\\s+[\\p{Ll}-]+)?\\s+(?:to|under|for|in)\\s+(?:the\\s+)?$`,
  "iu",
);

/** "a veteran of ", "an alumnus of the " right before the title. */
const PAST_MEMBER_OF = new RegExp(
  `\\b(?:${PAST_MEMBER_NOUNS.join("|")})\\s+of\\s+(?:the\\s+)?$`,
  "i",
);

/**
 * From the title's start: its words, the holder's name with "'s", "former" (or a synonym), up to two
 * words, and a post noun: "President Ivo Vint's former aides", "Governor Roe's onetime chief of
 * staff". The post held toward the person is over, and so is the time the title is named of.
 * Not another relation ("President Vint's former wife"): that says nothing of the post.
 */
const POSSESSIVE_FORMER = new RegExp(
  `^(?:[\\p{L}.-]+\\s+){1,6}?\\p{Lu}[\\p{L}.-]*['’]s\\s+(?:former|ex-|one-time|${FORMER_SYNONYMS.join("|")})\\s*(?:[\\p{Ll}-]+\\s+){0,2}?(?:${POST_NOUNS})s?\\b`,
  "u",
);

const COUNT = `(?:a|an|one|several|many|few|some|\\d+|${NUMBER_WORDS.join("|")})`;
const YEARS = `${COUNT}\\s+(?:years?|decades?)`;
/**
 * A span of years counted back from the sentence's time, in the title's own clause: "Thirteen years
 * after President Vint and the council embarked …", "a year after managing proceedings against
 * President Vint". What happened then is years before the article's day, whatever that day is.
 */
const YEARS_AFTER = new RegExp(`\\b${YEARS}\\s+after\\b[^,;:()—–]*$`, "i");
/**
 * A sentence opened by a span counted back ("Two decades ago, President Vint …", "A year earlier,
 * …"): the whole sentence tells that time. Only as its opener: "Roe, elected two years ago, met
 * President Vint" tells of now.
 */
const YEARS_AGO_OPENER = new RegExp(
  `^["“]?(?:about\\s+|nearly\\s+|almost\\s+|more\\s+than\\s+)?${YEARS}\\s+(?:ago|earlier)\\b`,
  "i",
);

/** How far back the title's sentence is read. */
const SENTENCE_REACH = 300;

/**
 * The words of the title's sentence before it. A full stop after a title's abbreviation ("Sen.",
 * "Gov.") ends no sentence: "In 2008, Sen. Ada Roe distanced herself from President Vint" is one.
 */
export function sentenceBefore(body: string, start: number): string {
  const before = body.slice(Math.max(0, start - SENTENCE_REACH), start);
  let from = 0;
  for (const m of before.matchAll(/[.!?]["”’]?\s+(?=["“\p{Lu}])|\n/gu)) {
    const word = /([\p{L}]+)$/u.exec(before.slice(0, m.index))?.[1] ?? "";
    if (m[0].startsWith(".") && TITLE_ABBREVIATIONS.has(word)) continue;
    from = (m.index ?? 0) + m[0].length;
  }
  return before.slice(from);
}

/** Whether a plain title is named in a relation of the past (see the shapes above). */
export function inPastRelation(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - REACH), start);
  return (
    PAST_SERVICE.test(before) ||
    PAST_MEMBER_OF.test(before) ||
    POSSESSIVE_FORMER.test(body.slice(start, start + REACH)) ||
    YEARS_AFTER.test(sentenceBefore(body, start)) ||
    YEARS_AGO_OPENER.test(sentenceBefore(body, start))
  );
}
