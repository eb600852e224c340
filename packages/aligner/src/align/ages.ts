import type { Figure, Span } from "@parallax/core";
import { EVENT_NOUN_CLASSES } from "../../lexicons/event-words.ts";
import {
  AUXILIARY_VERBS,
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
} from "../../lexicons/function-words.ts";
import { PERSON_NOUNS } from "../../lexicons/person-nouns.ts";
import { TITLE_HEADS } from "../../lexicons/title-words.ts";

/**
 * "the 36-year-old champion", "Comeaux, 49, was": a person's age, the commonest figure in news;
 * also written "a 36-year old man", "36 years old" (not the upper end of "between 30 and 40 years old").
 */
const AGE =
  /(?<!\b(?:and|to|or|between) |\d\s?[-–]\s?)\b(\d{1,3})[-\s]years?[-\s]old\b|(?<=\b\p{Lu}[\p{L}'’-]+, )(\d{1,3})(?=, )/gu;

const DIGIT = /\d/;

/** The lowercase words right after "N-year-old" (three at most), up to the first that is not one. */
const WORDS_AFTER = /^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u;

const FUNCTION_WORDS = [DETERMINERS, FORMS_OF_BE, AUXILIARY_VERBS, PREPOSITIONS];

const HAPPENING_NOUNS: ReadonlySet<string> = new Set(EVENT_NOUN_CLASSES.flat());

/**
 * "bomber", "survivor", "motorist": nouns of someone who does something, listed or not (a
 * happening noun with such an ending, "murder", is not one).
 */
const AGENT_ENDING = /(?:er|or|ist|ian|ant|ent)s?$/;

const isPersonWord = (word: string) =>
  AGENT_ENDING.test(word) ||
  [word, word.replace(/e?s$/, "")].some((w) => PERSON_NOUNS.has(w) || TITLE_HEADS.has(w));

/**
 * "a 41-year-old murder case", "the 30-year-old fire mystery": the age of a happening, not of a
 * person, when the words it describes name a happening (lexicons/event-words.ts) and none names a
 * person, listed or ending like one who does something ("a 41-year-old murder suspect", "the
 * 16-year-old suicide bomber" are still a person's age). Another outlet's "60-year-old woman"
 * arrested for it is no disagreement with the case's age.
 */
function agesAHappening(after: string): boolean {
  const run = WORDS_AFTER.exec(after)?.[1]?.split(/\s+/) ?? [];
  // The described words end at a function word: "the 36-year-old blamed the crash" ages a person.
  const stop = run.findIndex((w) => FUNCTION_WORDS.some((set) => set.has(w)));
  const words = stop < 0 ? run : run.slice(0, stop);
  // A happening noun opens the description or follows one word ("double murder"), never a verb
  // of the person's ("the 36-year-old fled fire" is rare next to "a 20-year-old fire").
  return (
    words.slice(0, 2).some((w) => HAPPENING_NOUNS.has(w)) &&
    !words.some((w) => !HAPPENING_NOUNS.has(w) && isPersonWord(w))
  );
}

/**
 * Ages in a statement as figures (extraction counts amounts with a unit, not ages): compared like
 * any count, so one outlet's "36-year-old" against another's "37-year-old" is a disagreement.
 */
export function ages(body: string, claim: Span): Figure[] {
  const text = body.slice(claim.start, claim.end);
  const found: Figure[] = [];
  // Both forms hold a digit: a statement without one (most) is not scanned by the look-behinds.
  if (!DIGIT.test(text)) return found;
  for (const match of text.matchAll(AGE)) {
    const digits = (match[1] ?? match[2]) as string;
    const end = (match.index ?? 0) + match[0].length;
    if (match[1] !== undefined && agesAHappening(text.slice(end, end + 60))) continue;
    const start = claim.start + (match.index ?? 0);
    const span = { articleId: claim.articleId, start, end: start + match[0].length };
    found.push({
      id: `age-${start}`,
      span,
      text: match[0],
      kind: "count",
      value: Number(digits),
      upperValue: null,
      unit: "years of age",
      measure: "age",
    });
  }
  return found;
}
