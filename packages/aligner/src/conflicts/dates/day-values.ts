import type { DateReference } from "@parallax/core";
import { CALENDAR_WORDS } from "../../../lexicons/calendar-words.ts";
import { INNER_CLAUSE_OPENERS } from "../../../lexicons/clause-starters.ts";
import { eventWords } from "../../align/lemmas.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { VERBS as REPORTING_VERBS } from "../../extract/attribution/sieve-words.ts";
import { withBarsAsEmDashes } from "../../extract/dash-styles.ts";
import { withDoubleQuoteMarks } from "../../extract/quote-mark-styles.ts";
import { clauseAround } from "../guards.ts";
import { perDayPlace } from "./per-day-place.ts";
import { restatedDays } from "./restated-days.ts";
import { dateWords } from "./words.ts";
import { WRITTEN_DAY } from "./written-days.ts";

/** The weekday a date's words name, lower case ("on Friday" → "friday"), if any. */
export function weekdayNamed(date: DateReference): string | undefined {
  return dateWords(date.text).weekday;
}

/** "by Saturday", "until Monday", "as of 4 November": a bound on the happening, not its day. */
const BOUND_BEFORE =
  /\b(?:by|until|till|since|before|after|from|through|as of)\s+(?:late\s+|early\s+)?$/i;

/** A bound on a day a name holds ("just before Super Tuesday, when …"): a bound all the same. */
const BOUND_NAME_BEFORE =
  /\b(?:by|until|till|since|before|after|from|through)\s+\p{Lu}\p{Ll}+\s+$/u;

/**
 * A determiner then a capitalised word right before a weekday ("at a Super Tuesday rally", "the
 * Black Friday sales"): the weekday is part of a name the determiner opens, no day of the week the
 * statement dates anything by. A weekday of its own follows the determiner ("a Tuesday rally").
 */
const NAMED_BEFORE = /\b(?:a|an|the|its|his|her|their|every)\s+\p{Lu}\p{Ll}+\s+$/u;

const ORDINAL = /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/i;
/** A word after an ordinal that is no preposition or conjunction: the noun it ranks. */
const RANKED_NOUN =
  /^\s+(?!(?:of|and|or|but|at|in|on|to|for|by|from|with|as|when|after|before|this|that|was|is|will)\b)\p{Ll}/u;

/**
 * Whether a day is not the one the statement gives for what it tells: a bound ("by Saturday"), a
 * day of another thing ("Friday's semifinal": the possessive dates the noun after it), a day inside
 * quoted words (a chant, a slogan), or one in parentheses ("passed away at 18:41 this evening
 * (02:41 GMT Friday)": another moment in another time zone).
 */
function notTheDay(unit: AlignUnit, date: DateReference): boolean {
  const from = Math.max(0, date.span.start - unit.span.start);
  const before = unit.text.slice(0, from);
  if (before.lastIndexOf("(") > before.lastIndexOf(")")) return true;
  if (BOUND_BEFORE.test(before.slice(-16))) return true;
  if (weekdayNamed(date) !== undefined && BOUND_NAME_BEFORE.test(before.slice(-28))) return true;
  if (weekdayNamed(date) !== undefined && NAMED_BEFORE.test(before.slice(-28))) return true;
  const after = unit.text.slice(date.span.end - unit.span.start);
  if (/^['’]s\b/.test(after)) return true;
  // "the 10th win", "his 3rd title": an ordinal before a noun ranks it, it names no day.
  if (ORDINAL.test(date.text) && RANKED_NOUN.test(after)) return true;
  // A quotation opening the statement is what its speaker states, days and all ("\"The line went
  // down on Saturday,\" the operator said"); one inside a sentence may be a chant or a slogan.
  const marks = before.match(/["“”]/g) ?? [];
  return marks.length % 2 === 1 && !(marks.length === 1 && /^\s*["“]/.test(before));
}

/** The days a statement names: resolved days and weekdays (resolved or not) it dates itself by. */
export function daysOf(unit: AlignUnit): readonly DateReference[] {
  return daysOfUnit(unit);
}

// Read once per statement: the date passes ask it of every dated statement, some once per row.
const daysOfUnit = perUnit((unit): readonly DateReference[] => {
  const days = unit.dates.filter(
    (d) => d.precision === "day" && d.value && !d.id.endsWith("-anchor"),
  );
  const unresolvedWeekdays = unit.weekdays.filter((w) => !days.some((d) => d.id === w.id));
  const read = [...days, ...unresolvedWeekdays].filter((d) => !notTheDay(unit, d));
  // A day restated by a written date in parentheses is one day, the written one's
  // (restated-days.ts).
  const restated = restatedDays(unit).filter(({ day }) => !notTheDay(unit, day));
  if (restated.length === 0) return read;
  const replaced = new Set(restated.flatMap(({ day, restating }) => [day.id, restating.id]));
  return [...read.filter((d) => !replaced.has(d.id)), ...restated.map(({ merged }) => merged)].sort(
    (x, y) => x.span.start - y.span.start,
  );
});

/**
 * The one day a statement gives for what it tells: a resolved day, or a weekday named (resolved or
 * not); null when it gives none or several.
 */
export function dayOf(unit: AlignUnit): DateReference | null {
  const all = daysOf(unit);
  return all.length === 1 ? (all[0] as DateReference) : null;
}

/**
 * The day a date names as a row groups them: a weekday by its name, else its resolved day. Outlets
 * published on different days resolve one "Saturday" to different calendar days (or leave it
 * unresolved); the name is what each of them states.
 */
export function dayName(date: DateReference): string {
  return weekdayNamed(date) ?? date.value ?? date.text.toLowerCase();
}

export function dayKey(date: DateReference): string {
  const weekday = weekdayNamed(date);
  return date.value ?? `weekday ${weekday}`;
}

/**
 * Whether two outlets' dates name different days: words alike ("on Friday" twice, "today" twice)
 * agree whatever each article's own day; two weekdays differ by name, resolved or not; otherwise both
 * must be resolved against a stated publication day, or written as calendar dates.
 */
export function datesDiffer(x: DateReference, y: DateReference): boolean {
  if (dateWords(x.text).plain === dateWords(y.text).plain) return false;
  const wx = weekdayNamed(x);
  const wy = weekdayNamed(y);
  if (wx && wy) return wx !== wy;
  if (!x.value || !y.value || x.value === y.value) return false;
  if (x.endValue && y.value >= x.value && y.value <= x.endValue) return false;
  if (y.endValue && x.value >= y.value && x.value <= y.endValue) return false;
  if (WRITTEN_DAY.test(x.text) && WRITTEN_DAY.test(y.text)) return true;
  return x.status === "resolved" && y.status === "resolved";
}

/** Words after a date its verb may follow in ("on Thursday upheld", "Microsoft Wednesday took"). */
const VERB_AFTER_WORDS = 4;

/**
 * A participle right after a determiner or preposition is an adjective of the noun after it ("on
 * injured reserve", "with a sprained wrist"): no happening the day could date.
 */
const ADJECTIVE_PARTICIPLE = /\b(a|an|the|on|in|with|of|his|her|its|their)\s+\p{Ll}+ed\b/gu;

/**
 * A present participle between a determiner and a capitalised word ("the rising Harbour
 * candidates", "the ruling Norland party") describes the name's noun: no happening the day could
 * date (issue 12, conflict audit, extra wide build half: "The rising … pilots Thursday signed" would
 * be read as a day of rising). A weekday or month after it is the day itself
 * ("the shooting Friday"), and the participle keeps its reading.
 */
const ADJECTIVE_ING = new RegExp(
  `\\b([Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+\\p{Ll}+ing(?=\\s+(?!(?:${[...CALENDAR_WORDS].map(escapeRegExp).join("|")})(?![\\p{L}]))\\p{Lu})`,
  "gu",
);

/**
 * A name after a determiner ("as the Colts beat the hosts"): it stands as a plain noun, so the
 * word after it keeps its reading as a verb; with the name blanked, "the beat" reads as a noun.
 */
const DETERMINED_NAME =
  /\b(the|a|an|his|her|its|their)\s+(?:\p{Lu}[\p{L}\p{N}'’.-]*\s+)+(?=\p{Ll})/gu;

/**
 * An aside between two dashes ("four thieves -- two of them disguised as women -- on Saturday
 * stole"): its verbs tell about a participant, not what the day dates. A horizontal bar is read as
 * an em dash first (`withBarsAsEmDashes`).
 */
const DASHED_ASIDE = /\s(?:--|—|–)\s?[^—–]*?(?:--|—|–)\s/g;

/** The verbs (lemmas) a text tells happenings with, asides, adjectives and names aside. */
export function verbsIn(text: string): string[] {
  return eventWords(
    withBarsAsEmDashes(text)
      .replace(DASHED_ASIDE, " ")
      .replace(ADJECTIVE_PARTICIPLE, "$1")
      .replace(ADJECTIVE_ING, "$1")
      .replace(DETERMINED_NAME, "$1 group ")
      .replace(/\p{Lu}[\p{L}\p{N}'’.-]*/gu, " "),
  )
    .filter((w) => w.verb)
    .map((w) => w.lemma);
}

/**
 * The verb a day dates: the nearest verb before it in its clause ("died Thursday"), else one just
 * after it ("on Saturday sentenced"), else the nearest verb before it in the statement ("died in a
 * Los Angeles, California, hospital Thursday": commas of a place, not of clauses). A verb far after
 * the day is another happening's ("Reports on Tuesday indicated that a cable had been cut").
 * It depends on the text and the day's place in it alone: read once per text and day, as date rows
 * ask it of every dated statement of the story per row.
 */
export const dateVerb: (unit: AlignUnit, date: DateReference) => string | null =
  perDayPlace(readDateVerb);

/**
 * A quotation closed before the day ("\"Nobody can beat them,\" Lund told a host on Saturday"): its
 * words are what was said, and a day outside it dates the saying or another verb, none of its verbs.
 */
const CLOSED_QUOTATION = /"[^"]*"|“[^“”]*”/g;

/**
 * A text with its closed quotations blanked, whatever their marks: the doubled apostrophes of some
 * archives ('' … '') and British single quotes read as double ones first (quote-mark-styles.ts).
 * Issue 12, PolNeAR pseudo-story audit: a verb inside doubled apostrophes was read as the day's
 * ("vows ''the harbour closes over my dead body,'' in her words at a rally on Saturday" dated
 * "close"): what was said.
 */
export const withoutQuotations = (text: string): string =>
  withDoubleQuoteMarks(text).replace(CLOSED_QUOTATION, " ");

function readDateVerb(unit: AlignUnit, date: DateReference): string | null {
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (clause === null) return null;
  const before = verbsIn(withoutQuotations(clause.before)).at(-1);
  if (before) return before;
  const near = clause.after.split(/\s+/).filter(Boolean).slice(0, VERB_AFTER_WORDS).join(" ");
  const after = verbsIn(near)[0];
  if (after) return after;
  const fronted = frontedVerb(unit, date);
  if (fronted !== undefined) return fronted;
  const opening = unit.text.slice(0, Math.max(0, date.span.start - unit.span.start));
  return verbsIn(withoutQuotations(opening)).at(-1) ?? null;
}

/**
 * Words a fronted day's clause may open with ("On Saturday,", "Late on Friday,", "Early Monday,"),
 * the week first ("Last week Friday,", "Earlier this week, on Tuesday,").
 */
const FRONTED_BEFORE =
  /^\s*(?:(?:earlier|later)\s+)?(?:(?:last|this|next)\s+week,?\s+)?(?:(?:late|early)\s+)?(?:on\s+)?$/i;

/** A parenthesis right after a fronted day restating it ("Last week Friday (14 May),"). */
const RESTATED_DAY = /^\s*\([^()]{0,40}\)/;

/**
 * A longer opening phrase of time before a fronted day ("In the early hours of Monday,", "Shortly
 * before dawn on Friday,"): a preposition of time first, a few words, no verb.
 */
const TIME_PHRASE_BEFORE =
  /^\s*(?:in|at|on|early|late|shortly|just|sometime)\s+(?:[\p{Ll}-]+\s+){0,4}(?:of|on)\s+$/iu;

/** Words after a fronted day's comma its verb may stand in ("On Monday, the city council voted"). */
const FRONTED_VERB_WORDS = 6;

/**
 * The verb of a day fronted before a comma ("On Saturday, the ministry announced a change"): the
 * first verb of the clause after the comma, null when that clause says something was said ("On
 * Saturday, police said the man fled": the day dates the saying). Undefined when the day is not
 * fronted so.
 */
function frontedVerb(unit: AlignUnit, date: DateReference): string | null | undefined {
  // The day opens the sentence: "died in Springfield, Missouri, on Monday morning, a spokesman
  // said" has its verb before the place's commas.
  const opening = unit.text.slice(0, Math.max(0, date.span.start - unit.span.start));
  if (
    !FRONTED_BEFORE.test(opening) &&
    !(TIME_PHRASE_BEFORE.test(opening) && verbsIn(opening).length === 0)
  )
    return undefined;
  const rest = unit.text.slice(date.span.end - unit.span.start).replace(RESTATED_DAY, "");
  const comma = /^[^,;:.]*?,/.exec(rest);
  if (!comma || /\p{L}{3}/u.test(comma[0].replace(/\b(?:night|morning|afternoon|evening)\b/gi, "")))
    return undefined;
  const next = rest.slice(comma[0].length).split(/[,;:]/)[0] ?? "";
  const words = next.split(/\s+/).filter(Boolean).slice(0, FRONTED_VERB_WORDS);
  // A verb of saying ("said", "told"; not "announced", a happening of its own) dates the saying.
  const saying = (w: string) => REPORTING_VERBS.has(w.toLowerCase()) && verbsIn(w).length === 0;
  if (words.some(saying)) return null;
  return verbsIn(words.join(" "))[0] ?? undefined;
}

/**
 * The verb a day dates when it stands before the day in the day's own clause ("placed on the
 * injured list Wednesday"): the surest reading. Null when the clause has none before the day.
 */
export function dateVerbBefore(unit: AlignUnit, date: DateReference): string | null {
  const clause = clauseAround(unit, date.span.start, date.span.end);
  if (clause === null) return null;
  // "suffered from heart failure but the cause of his death on Saturday": a clause opener ends
  // the verb's reach; the day then dates a noun, not "suffered".
  const opener = [...clause.before.matchAll(CLAUSE_OPENER)].at(-1);
  const own = opener ? clause.before.slice((opener.index ?? 0) + opener[0].length) : clause.before;
  return verbsIn(own).at(-1) ?? null;
}

/** Words that open a clause of its own inside a sentence. */
const CLAUSE_OPENER = new RegExp(`\\b(?:${INNER_CLAUSE_OPENERS.join("|")})\\b`, "gi");
