/**
 * The date expressions readDates looks for, each with its sticky twin tried only where its first
 * word starts (word-index.ts), and the word queries that find those starts.
 */
import {
  MONTHS as FULL_MONTHS,
  MONTH_ABBREVIATIONS,
  WEEKDAYS as WEEKDAYS_FROM_MONDAY,
} from "../../../lexicons/calendar-words.ts";
import { NUMBER_PATTERN, NUMBER_WORDS } from "../number-words.ts";
import { sticky, wordQuery } from "../word-index.ts";
/** Sunday first, as `Date.getUTCDay()` counts. */
export const WEEKDAYS = [...WEEKDAYS_FROM_MONDAY.slice(6), ...WEEKDAYS_FROM_MONDAY.slice(0, 6)];
/** Every month's three letters ("May" is its own) and the AP forms ("Sept"). */
const MONTHS = [
  ...new Set([...FULL_MONTHS.map((m) => m.slice(0, 3)), ...MONTH_ABBREVIATIONS]),
].join("|");
const MONTH_WORD = `(?:${FULL_MONTHS.join("|")}|(?:${MONTHS})\\.?)`;
const ORDINAL = "(\\d{1,2})(?:st|nd|rd|th)";

const RANGE_NTH = new RegExp(`\\bfrom the ${ORDINAL} (?:to|through|until) the ${ORDINAL}\\b`, "g");
const TIME_RELATIVE =
  /\b(\d{1,2})(?::(\d{2}))?\s?(a\.m\.|p\.m\.)\s+(?:on\s+)?(the previous day|the day before|yesterday|today|tomorrow)/g;
const PART_OF_NTH = new RegExp(
  `\\b(?:the )?(?:morning|afternoon|evening|night) of the ${ORDINAL}\\b`,
  "g",
);
const THE_NTH = new RegExp(
  `\\bthe ${ORDINAL}\\b(?! (?:century|anniversary|time|round|floor|place|amendment))`,
  "g",
);
const END_OF = new RegExp(
  `\\b(?:the )?(?:end|close) of (the month|this month|next month|last month|the year|this year|next year|last year|${MONTH_WORD})`,
  "g",
);
/** "next month", "last year": the month's first day / the year's 1 January ("the last month" is a span, not a date). */
const MONTH_YEAR_RELATIVE = /\b(this|next|last) (month|year)\b(?!-)/g;
/**
 * A bare year ("in 2023", "a 2013 arrangement"). News style writes counts of a thousand or more
 * with a comma ("2,023 cars"), so four bare digits from 1900 to 2099 are a year — unless a
 * currency sign, a percent, a scale word or more digits make them an amount, or they are the end
 * of a "2023-24"-style span.
 */
const BARE_YEAR =
  /(19\d\d|20\d\d)\b(?![.,:/-]?\d|\s?%|\s(?:percent|per cent|thousand|million|billion|trillion)\b|(?:bn|mn)\b)/g;
export const BEFORE_BARE_YEAR = new RegExp(
  `(?:[$€£¥₩#]\\s?|[\\d.,:/-]|\\bNo\\.\\s|\\b${MONTH_WORD}\\s|\\b\\d{1,2}(?:st|nd|rd|th)?\\s)$`,
);
// Day first too ("8 October 2011", "14 Oct. 2011"), as British and Irish outlets and wires write it:
// the day is one or two digits right before the month's name.
const ABSOLUTE = new RegExp(
  `\\b(?:${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?|\\d{1,2}(?:st|nd|rd|th)? ${MONTH_WORD}(?![A-Za-z])(?: \\d{4})?|\\d{4}\\.\\d{1,2}\\.\\d{1,2}|\\d{4}-\\d{2}-\\d{2})(?![\\d.:]\\d)`,
  "g",
);
// Without "May", as before the month names came from the lexicon: the word is also a verb and a name.
const MONTH_ONLY = new RegExp(
  `\\bin (${FULL_MONTHS.filter((m) => m !== "May").join("|")})(?: (\\d{4}))?\\b`,
  "g",
);
const WEEKEND = /\b(this|next|last) weekend\b/g;
const WEEK = /\b(last|next|this) week(?:’s|'s)?/g;
const DAY_RELATIVE =
  /\b(yesterday|today|tomorrow|the previous day|the day before|the following day|the next day)\b/g;
const DAYS_AFTER = new RegExp(
  `\\b(${NUMBER_PATTERN}) days? (after|before) ((?:returning|arriving|leaving|departing|coming back|his return|her return|their return)(?: home)?)`,
  "gi",
);
const WEEKDAY = new RegExp(
  `\\b(?:(last|next|this|late|early) )?(${WEEKDAYS_FROM_MONDAY.join("|")})(?: (morning|afternoon|evening|night))?\\b`,
  "g",
);
// Sticky twins, tried only where their first word starts (word-index.ts).
export const RANGE_NTH_AT = sticky(RANGE_NTH);
export const TIME_RELATIVE_AT = sticky(TIME_RELATIVE);
export const PART_OF_NTH_AT = sticky(PART_OF_NTH);
export const END_OF_AT = sticky(END_OF);
export const ABSOLUTE_AT = sticky(ABSOLUTE);
export const THE_NTH_AT = sticky(THE_NTH);
export const MONTH_ONLY_AT = sticky(MONTH_ONLY);
export const WEEKEND_AT = sticky(WEEKEND);
export const WEEK_AT = sticky(WEEK);
export const DAY_RELATIVE_AT = sticky(DAY_RELATIVE);
export const DAYS_AFTER_AT = sticky(DAYS_AFTER);
export const WEEKDAY_AT = sticky(WEEKDAY);
export const MONTH_YEAR_RELATIVE_AT = sticky(MONTH_YEAR_RELATIVE);
export const BARE_YEAR_AT = sticky(BARE_YEAR);
const MONTH_NAMES = [...FULL_MONTHS, ...MONTHS.split("|")];
export const THE = wordQuery(["the"]);
export const THIS_NEXT_LAST = wordQuery(["this", "next", "last"]);
export const FROM = wordQuery(["from"]);
export const PART_OF_DAY_WORDS = wordQuery(["the", "morning", "afternoon", "evening", "night"]);
export const END_OF_WORDS = wordQuery(["the", "end", "close"]);
export const MONTH_NAME_WORDS = wordQuery(MONTH_NAMES);
export const IN = wordQuery(["in"]);
export const DAY_RELATIVE_WORDS = wordQuery(["yesterday", "today", "tomorrow", "the"]);
export const WEEKDAY_WORDS = wordQuery(["last", "next", "this", "late", "early", ...WEEKDAYS]);
export const NUMBER_WORD_QUERY = wordQuery(NUMBER_WORDS, true);
