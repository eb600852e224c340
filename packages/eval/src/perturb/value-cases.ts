import { readFileSync } from "node:fs";
import type { PerturbCase, PerturbStory } from "./perturb-case.ts";
import { MAX_CASES_PER_FORM, spread } from "./perturb-case.ts";
import { CALENDAR_WORDS } from "./polnear-story.ts";

/** "three" → "six": the number words the suite changes and their doubled replacement. */
const DOUBLED: ReadonlyMap<string, string> = new Map(
  readFileSync(new URL("../../data/perturb-number-words.txt", import.meta.url), "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [word, ...rest] = line.split(" ");
      return [word as string, rest.join(" ")] as const;
    }),
);

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTH =
  "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
const AFTER_MONTH = new RegExp(`${MONTH}\\.?\\s*$`, "i");
const BEFORE_MONTH = new RegExp(`^\\s${MONTH}\\b`);
const FUNCTION_WORD = /^(?:and|or|to|in|on|at|by|for|from|with|the|a|an)$/;
const RELATIVE_TIME =
  /^[\s-](?:days?|weeks?|months?|years?|decades?)\s(?:ago|later|earlier|before|after)\b/i;

/**
 * An amount ending just before an opening parenthesis ("85 million euros (", "two-million-euro ("):
 * a number, then at most two unit words. An amount in parentheses right after one restates it in
 * another unit at some rate; the outlet states the first, as the aligner reads it
 * (conflicts/figures/pairs.ts isConversion).
 */
const CONVERSION_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion|trillion))[\p{L}\d.,%$€£-]*(?:\s+[\p{L}.$€£-]+){0,2}\s*\(\s*(?:US)?[$€£]?\s?$/iu;

/**
 * "$2. 6 million", "a. 357 Magnum": digits after a period and a space that follow a digit or a
 * one-letter word are the decimals of a number whose point was spaced apart in the text, not a
 * number of their own (no sentence ends on a lone digit or letter); nor is the "2" before them.
 */
const SPACED_POINT_BEFORE = /(?:\d|(?<![\p{L}\p{N}])\p{L})\.\s$/u;

/**
 * "said Sunday", "announced on Friday": a weekday right after a verb of saying dates the telling,
 * which is another fact than the day of what is told; its key keeps the two sorts apart.
 */
const TELLING_BEFORE =
  /\b(?:said|says|say|told|tells|announced|reported|added|confirmed|stated)(?:\s+(?:on|late|early|last))?\s*$/i;

/** A value written in a body: where, its text, what must match for two to be one value, and its change. */
export type ValueOccurrence = {
  start: number;
  text: string;
  key: string;
  form: string;
  replacement: string;
};

function capitalised(model: string, word: string): string {
  return /^\p{Lu}/u.test(model) ? `${word[0]?.toUpperCase()}${word.slice(1)}` : word;
}

/** 2 × the number, written as the original was (thousands separators, decimals). */
function doubledDigits(model: string): string {
  const value = Number(model.replace(/,/g, "")) * 2;
  const decimals = /\.(\d+)/.exec(model)?.[1]?.length ?? 0;
  const fixed = value.toFixed(decimals);
  if (!model.includes(",")) return fixed;
  const [whole, fraction] = fixed.split(".");
  const grouped = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction ? `${grouped}.${fraction}` : grouped;
}

const FIGURE =
  /(?<![\p{L}\p{N}:.,/-])((?:US)?[$€£]\s?)?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|\p{L}+)(?:\s(million|billion|trillion))?(\s?%|\s(?:percent|per cent)\b)?(?=[\s-]+(\p{L}+)|[^\p{L}\p{N}]|$)/giu;

/**
 * Amounts: digits, number words and currency, each with the word after it (what is counted), so
 * "two guards" in one article and "two guards" in another are one value and "two counts" another.
 * Years, calendar days and clock times are left to the date and time kinds.
 */
export function figureOccurrences(body: string): ValueOccurrence[] {
  const found: ValueOccurrence[] = [];
  for (const m of body.matchAll(FIGURE)) {
    const [, currency, number, scale, percent, next] = m as unknown as (string | undefined)[];
    const numberText = number as string;
    const lower = numberText.toLowerCase();
    const isWord = /^\p{L}/u.test(numberText);
    if (isWord && !DOUBLED.has(lower)) continue;
    const start = (m.index ?? 0) + (currency?.length ?? 0);
    const word = (next ?? "").toLowerCase();
    // A bare number counts something only with the word after it ("12 people").
    if (!currency && !percent && word === "") continue;
    if (AFTER_MONTH.test(body.slice(Math.max(0, start - 12), start))) continue;
    // Not amounts: a rank ("No. 5 seed"), a day of a month written first ("8 October 2011", a
    // date case), a version or a number before a function word ("Explorer 8 and 9"), a time
    // reference ("eight days ago", "41 years later": when, not how much).
    if (/\bNo\.?\s*$/i.test(body.slice(Math.max(0, start - 4), start))) continue;
    // Not the outlet's own amount: a conversion in parentheses ("85 million euros ($108
    // million)"), or the decimals of a number spaced apart at its point ("$2. 6 million").
    const matchStart = m.index ?? 0;
    if (CONVERSION_BEFORE.test(body.slice(Math.max(0, matchStart - 40), start))) continue;
    if (!isWord && SPACED_POINT_BEFORE.test(body.slice(Math.max(0, matchStart - 3), matchStart)))
      continue;
    if (!isWord && /^\.\s\d/.test(body.slice(start + numberText.length))) continue;
    if (BEFORE_MONTH.test(body.slice(start + numberText.length, start + numberText.length + 12)))
      continue;
    if (!currency && !percent && FUNCTION_WORD.test(word)) continue;
    if (RELATIVE_TIME.test(body.slice(start + numberText.length, start + numberText.length + 24)))
      continue;
    if (/^(a|p)$|^(am|pm|gmt|est|pst|o|st|nd|rd|th)$/.test(word)) continue;
    if (!isWord && !currency && /^(19|20)\d\d$/.test(numberText)) continue;
    if (!isWord && !currency && !percent && Number(numberText.replace(/,/g, "")) < 2) continue;
    const value = isWord ? lower : String(Number(numberText.replace(/,/g, "")));
    const unit = percent ? "%" : currency ? `${currency.trim()}${scale ?? ""}` : word.slice(0, 5);
    found.push({
      start,
      text: numberText,
      key: `${unit}|${value}`,
      form: currency ? "currency" : isWord ? "number word" : percent ? "percent" : "digits",
      replacement: isWord
        ? capitalised(numberText, DOUBLED.get(lower) as string)
        : doubledDigits(numberText),
    });
  }
  return found;
}

/**
 * "Super Tuesday", "Black Friday", "the Sunday Times": a weekday inside a name dates nothing, and
 * moving it makes a name no outlet wrote, not a date disagreement. Inside a name when the word just
 * before it is capitalised and does not open its sentence, or when "the" comes before it and a
 * capitalised word after it. Fixed before looking at what it changes; it may skip a true date
 * ("on Tuesday Lund said" is kept; "Senate Tuesday voted" is skipped), which only drops a case.
 */
const THE_BEFORE = /\b[Tt]he\s$/;
const NAME_WORD_AFTER = /^\s\p{Lu}/u;

function inName(body: string, start: number, length: number): boolean {
  const word = /(\S+) $/.exec(body.slice(Math.max(0, start - 40), start));
  // The capitalised word must not end the sentence before the weekday, nor open its own.
  if (word && /^\p{Lu}[^.!?,;:"”’]*$/u.test(word[1] as string)) {
    const ahead = body.slice(0, word.index + Math.max(0, start - 40)).trimEnd();
    if (ahead !== "" && !/[.!?]["”’]?$/.test(ahead)) return true;
  }
  const before = body.slice(Math.max(0, start - 4), start);
  return THE_BEFORE.test(before) && NAME_WORD_AFTER.test(body.slice(start + length));
}

/** Weekdays (moved two days on) and calendar days ("Oct. 24" → "Oct. 27"). */
export function dateOccurrences(body: string): ValueOccurrence[] {
  const found: ValueOccurrence[] = [];
  for (const m of body.matchAll(
    /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
  )) {
    const day = m[1] as string;
    if (inName(body, m.index ?? 0, day.length)) continue;
    const told = TELLING_BEFORE.test(body.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0));
    found.push({
      start: m.index ?? 0,
      text: day,
      key: `weekday|${day}${told ? "|told" : ""}`,
      form: "weekday",
      replacement: WEEKDAYS[(WEEKDAYS.indexOf(day) + 2) % 7] as string,
    });
  }
  for (const m of body.matchAll(new RegExp(`\\b(${MONTH})(\\.?\\s+)(\\d{1,2})\\b(?!:)`, "g"))) {
    const day = Number(m[3]);
    if (day < 1 || day > 31) continue;
    found.push({
      start: (m.index ?? 0) + (m[1] as string).length + (m[2] as string).length,
      text: m[3] as string,
      key: `calendar|${(m[1] as string).slice(0, 3)}|${day}`,
      form: "calendar",
      replacement: String(day > 25 ? day - 3 : day + 3),
    });
  }
  for (const m of body.matchAll(new RegExp(`\\b(\\d{1,2})(\\s+)(${MONTH})\\b`, "g"))) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    found.push({
      start: m.index ?? 0,
      text: m[1] as string,
      key: `calendar|${(m[3] as string).slice(0, 3)}|${day}`,
      form: "calendar",
      replacement: String(day > 25 ? day - 3 : day + 3),
    });
  }
  return found;
}

/** Clock times ("2 a.m." → "3 a.m."). */
export function timeOccurrences(body: string): ValueOccurrence[] {
  const found: ValueOccurrence[] = [];
  for (const m of body.matchAll(/\b(\d{1,2})((?::\d\d)?\s?)(a\.m\.|p\.m\.|am\b|pm\b)/gi)) {
    const hour = Number(m[1]);
    if (hour < 1 || hour > 12) continue;
    found.push({
      start: m.index ?? 0,
      text: m[1] as string,
      key: `time|${hour}${(m[2] as string).trim()}|${(m[3] as string)[0]?.toLowerCase()}`,
      form: "time of day",
      replacement: String(hour === 12 ? 1 : hour + 1),
    });
  }
  return found;
}

const FINDERS = { figure: figureOccurrences, date: dateOccurrences, time: timeOccurrences };
const EXPECT = { figure: ["figure"], date: ["date"], time: ["time"] } as const;
/**
 * Words both places of a case hold by construction: a date case's two sentences write the same
 * day, so "Tuesday" shared is no sign they tell one fact (a story told by word overlap, PolNeAR's,
 * counted it as one: "suspended his campaign Tuesday night" / "his state's primary on Tuesday").
 */
const SHARED_BY_CASE = { figure: undefined, date: CALENDAR_WORDS, time: undefined };

/**
 * Value changes: a value one article states that another article states too, at the same gold
 * fact — changing it in the first makes a disagreement. Each value is changed once per story.
 */
export function valueCases(
  story: PerturbStory,
  kind: keyof typeof FINDERS,
  max = MAX_CASES_PER_FORM,
): PerturbCase[] {
  const occurrences = story.articles.map((a) => FINDERS[kind](a.body));
  const cases: PerturbCase[] = [];
  const used = new Set<string>();
  occurrences.forEach((list, i) => {
    for (const occ of list) {
      if (used.has(occ.key)) continue;
      const witnesses = occurrences.flatMap((other, j) =>
        j !== i &&
        other.some(
          (o) =>
            o.key === occ.key && story.sameFact(i, occ.start, j, o.start, SHARED_BY_CASE[kind]),
        )
          ? [j]
          : [],
      );
      if (witnesses.length === 0) continue;
      used.add(occ.key);
      cases.push({
        story: story.name,
        source: story.source,
        kind,
        form: occ.form,
        articleIndex: i,
        start: occ.start,
        before: occ.text,
        after: occ.replacement,
        witnesses,
        expect: EXPECT[kind],
      });
    }
  });
  return spread(cases, max);
}
