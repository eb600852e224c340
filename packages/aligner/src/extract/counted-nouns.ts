import type { FigureKind } from "@parallax/core";
import { CASUALTY_STEMS, PEOPLE_PARTICIPLE } from "./casualty-counts.ts";
import { counterHeadRest } from "./counted-head.ts";
import { capitalisedModifiersCount, isMenPlural } from "./counted-modifiers.ts";
import { singular } from "./figure-nouns.ts";
import { rangeBefore } from "./number-ranges.ts";
import { NUMBER_PATTERN, parseNumber, readsAsYear, scaleOf } from "./number-words.ts";
import { everyMatchAt, matchesAt, sticky } from "./word-index.ts";

/** Records a figure found at start..end unless its characters are taken (figures.ts). */
export type AddFigure = (
  start: number,
  end: number,
  kind: FigureKind,
  value: number,
  upperValue: number | null,
  unit: string,
  measure: string | null,
) => void;

/**
 * A capitalised plural ending a phrase: no capitalised word after it, so no name's first word; a
 * name ending "as", "is", "us" or "ss" ("Texas", "Paris") is no plural.
 */
const CAPITALISED_PLURAL = "[A-Z][a-z]+[b-hj-rtv-z]s(?![\\w'’-]|\\s+[A-Z0-9])";
const COUNT_RANGE = new RegExp(
  `\\b(${NUMBER_PATTERN}) (?:or|to) (${NUMBER_PATTERN})(?: (thousand|million|billion|trillion))?(?: of (?:the )?)?\\s?((?:[a-z][a-z-]* ){0,2}[a-z][a-z-]*s)\\b`,
  "gi",
);
// "3.1 million cars": a scale word multiplies a count as it does money; "92 KOs", "12 MPs": the
// plural of an abbreviation counts too; so does a capitalised plural that no capitalised word
// follows ("Eight Norlanders died"), a people or a party's members, not a name ("Four Oaks Inn").
// A modifier may be capitalised ("six Internet cables", "595 Republican delegates") or a model
// code ("two F-16 jets"); such a phrase is checked in capitalisedModifiersCount. A compound of
// "men"/"women"/"children" counts as they do ("four masked gunmen", "two schoolchildren").
const COUNT_SINGLE = new RegExp(
  `\\b(${NUMBER_PATTERN})(?: (thousand|million|billion|trillion))? ((?:(?:[a-z][a-z-]*|[A-Z][a-z]+|[A-Z]{1,3}-\\d{1,4}[A-Za-z]?) ){0,3}?(?:[a-z][a-z-]*s|[A-Z]{2,}s|${CAPITALISED_PLURAL}|people|[a-z]*children|[a-z]*men))\\b`,
  "g",
);
const COUNT_RANGE_AT = sticky(COUNT_RANGE);
const COUNT_SINGLE_AT = sticky(COUNT_SINGLE);

/**
 * "the four women she is accused of killing", "the two men he was convicted of robbing": a relative
 * clause whose subject is accused of doing it to them defines the count as "four women killed" does.
 */
const ACCUSED_OF_THEM =
  "\\s+(?:he|she|they)(?:['’]s|\\s+(?:is|was|are|were|has been|have been|had been))\\s+(?:accused|charged|suspected|convicted|indicted)\\s+(?:of|with)\\b";
const DEFINITE_BEFORE = /\b(?:[Tt]he|these|those|their|its|both|all) $/;
/**
 * "the four men accused of …", "the two robbers, one of whom …", "the two women and a man were
 * killed", "the three guards – two men and a woman – were hurt": a definite count that the words
 * after it define (who is accused, charged, killed, with "were" and one more person named beside
 * them or an aside between dashes or not, or a relative clause whose subject is accused of it)
 * states how many there are, as "four men accused" does; "the two leaders" alone refers back to a
 * group without counting it.
 */
const DEFINED_AFTER = new RegExp(
  `^(?:(?:\\s+and (?:a|an|one|${NUMBER_PATTERN}) [a-z]+|\\s*[-–—]+[^-–—.;]{1,30}?[-–—]+)?(?:\\s+(?:were|was|are|have been|had been))?\\s+(?:accused|charged|suspected|arrested|convicted|indicted|held|${Object.values(CASUALTY_STEMS).join("|")})\\b|,\\s+(?:${NUMBER_PATTERN}|all|both|some|most|none|each) of (?:whom|them)\\b|${ACCUSED_OF_THEM})`,
);
const NOT_COUNTED =
  /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?|percent|sides|of|others|ones)$/;
/** "three times more", "two times as many": a multiplier, not a count of occasions. */
const MULTIPLIER_AFTER =
  /^\s+(?:more|less|fewer|as|higher|lower|larger|smaller|bigger|greater|faster|slower|the|that|than|over|a|an|per)\b/i;
/** Words that never stand between a number and what it counts: "12 were hurt", "3 of the". */
const NOT_A_MODIFIER =
  /^(?:and|or|of|the|a|an|in|on|at|by|to|for|from|with|that|which|who|was|were|is|are|has|have|had|been|be|his|her|its|this|these|those|their|as|us|yes|than|per|more|less)$/;
export const TIME_UNIT = /^(?:days?|weeks?|months?|years?|hours?|minutes?|decades?)$/;
/** Words that keep "two or three more days" a length of time rather than a count of days. */
const DURATION_MODIFIER =
  /^(?:more|extra|additional|full|straight|consecutive|further|whole|long|short|working|business)$/;
export const MONTH_BEFORE =
  /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s$/;

/** "one or two items", "3.1 million cars", "the four men accused of …": numbers with the noun they count. */
export function readCounts(body: string, numberStarts: readonly number[], add: AddFigure): void {
  for (const m of matchesAt(body, COUNT_RANGE_AT, numberStarts)) {
    const noun = m[4] ?? "";
    const nounWords = noun.split(" ");
    const head = nounWords.pop() ?? "";
    // "one or two bad months" counts months (events); "two or three more days" is a duration.
    const modified = nounWords.some((w) => DURATION_MODIFIER.test(w.toLowerCase()));
    const timeUnit = TIME_UNIT.test(head) && nounWords.length > 0;
    if (timeUnit && modified && m[3] === undefined) {
      const end = m.index + m[0].length;
      const [lower, upper] = [parseNumber(m[1] ?? ""), parseNumber(m[2] ?? "")];
      if (lower < upper) add(m.index, end, "duration", lower, upper, singular(head), null);
      continue;
    }
    if (NOT_COUNTED.test(head) && !timeUnit) continue;
    const numbersEnd = m.index + m[0].length - noun.length;
    const figureEnd = m.index + `${m[1]} or ${m[2]}${m[3] ? ` ${m[3]}` : ""}`.length;
    const measureStart = body.slice(figureEnd, numbersEnd).length > 0 ? figureEnd : numbersEnd;
    const measure = body
      .slice(measureStart, m.index + m[0].length)
      .replace(/^\s*of\s+/, "")
      .trim();
    add(
      m.index,
      figureEnd,
      "count",
      parseNumber(m[1] ?? "") * scaleOf(m[3]),
      parseNumber(m[2] ?? "") * scaleOf(m[3]),
      singular(head),
      measure || null,
    );
  }
  for (const m of everyMatchAt(body, COUNT_SINGLE_AT, numberStarts)) {
    const number = m[1] ?? "";
    const firstNoun = m[3] ?? "";
    const nounWords = firstNoun.split(" ");
    const firstHead = nounWords.at(-1) ?? "";
    const value = parseNumber(number) * scaleOf(m[2]);
    if (NOT_COUNTED.test(firstHead) || nounWords.some((w) => NOT_COUNTED.test(w))) continue;
    const capitalised = /^[A-Z][a-z]/.test(firstHead);
    const modifiers = nounWords.slice(0, -1);
    if (modifiers.some((w) => /^[A-Z]/.test(w)) && !capitalisedModifiersCount(body, m, modifiers))
      continue;
    // "gunmen", "policewomen" count people; "specimen", "abdomen" are no plural, at most a
    // modifier of the head after them ("two specimen jars").
    const singularMen =
      /men$/.test(firstHead) && !/^(?:wo)?men$/.test(firstHead) && !isMenPlural(firstHead);
    if (capitalised && !plainCountBeforeName(body, m.index, number, firstHead)) continue;
    // "two plainclothes officers": the phrase's head may follow the first plural-looking word.
    const rest =
      NOT_A_MODIFIER.test(firstHead) || capitalised
        ? ""
        : counterHeadRest(body, m.index + m[0].length, m[0]);
    if (singularMen && rest === "") continue;
    const noun = `${firstNoun}${rest}`;
    const head = rest === "" ? firstHead : (rest.split(" ").at(-1) ?? firstHead);
    const nounEnd = m.index + m[0].length + rest.length;
    if (NOT_COUNTED.test(head)) continue;
    // "a 6.2 magnitude quake has levelled …", "two dressed as nurses": a word ending in "s" that is
    // a function word or a form of "be"/"have" ("has", "as", "is") is no noun counted.
    if (NOT_A_MODIFIER.test(firstHead)) continue;
    // "1,300 federal and independent scientists": adjectives (joined by "and") between the number
    // and the noun, never a function word, a verb form of "be"/"have" or another plural noun.
    if (
      modifiers.some((w, i) => NOT_A_MODIFIER.test(w) && !(w === "and" && i > 0)) ||
      modifiers.at(-1) === "and" ||
      (modifiers.length > 1 && modifiers.some((w) => /[^s]s$/.test(w)))
    )
      continue;
    if (head === "times" && MULTIPLIER_AFTER.test(body.slice(nounEnd))) continue;
    if (value < 2 || readsAsYear(number, value)) continue;
    // "between 10 and 12 houses", "10-12 houses": one range, not its upper end alone (the "or"/"to"
    // forms are read above); the checks on the words before it start where the range does.
    const range = m[2] === undefined ? rangeBefore(body, m.index, value) : null;
    const start = range?.start ?? m.index;
    // "two F-16 jets", "COVID-19 patients": a number joined to letters by a hyphen is a model or
    // a name's number, no count.
    if (/^\d/.test(number) && /[A-Za-z]-$/.test(body.slice(Math.max(0, m.index - 2), m.index)))
      continue;
    // "posted 3-2 wins": digits joined by a dash that make no rising range are a score, no count.
    if (!range && /\d[-–]$/.test(body.slice(Math.max(0, m.index - 2), m.index))) continue;
    // "the two leaders" refers back to a known group; "of the 27 member states" counts them: after
    // a determiner only a number written in digits, from 3 up, is a count.
    const before = body.slice(Math.max(0, start - 7), start);
    if (/[.:/]$/.test(before)) continue;
    // "the 9-11 attacks": news writes no range of counts after a determiner; a pair of numbers there
    // names something (a date, a score), and neither end is a count.
    if (range && DEFINITE_BEFORE.test(before)) continue;
    if (
      DEFINITE_BEFORE.test(before) &&
      !(/^\d/.test(number) && parseNumber(number) >= 3) &&
      !DEFINED_AFTER.test(body.slice(nounEnd, nounEnd + 40))
    )
      continue;
    if (MONTH_BEFORE.test(body.slice(Math.max(0, start - 10), start))) continue;
    if (/^\s?(?:a\.m\.|p\.m\.)/i.test(body.slice(m.index + number.length))) continue;
    const figureEnd = m.index + m[0].length - firstNoun.length - 1;
    const participle =
      head === "people" ? PEOPLE_PARTICIPLE.exec(body.slice(nounEnd, nounEnd + 40)) : null;
    const lower = range?.lower ?? value;
    const upper = range ? value : null;
    add(start, figureEnd, "count", lower, upper, singular(head), participle?.[1] ?? noun);
  }
}

/**
 * Whether a number before a capitalised plural counts it ("Eight Norlanders died", "300
 * Norlanders"): no number of a name, one written in capitals inside a sentence
 * ("the Four Oaks") or after a capitalised word ("Apollo 11 astronauts", "the Harbour 12 clubs"),
 * and the plural no word of time or measure ("Ten Days" is a title).
 */
function plainCountBeforeName(body: string, at: number, number: string, head: string): boolean {
  if (NOT_COUNTED.test(head.toLowerCase())) return false;
  const before = body.slice(Math.max(0, at - 40), at);
  const opensSentence = /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before);
  if (/^[A-Z]/.test(number)) return opensSentence;
  const word = /(\S+)\s+$/.exec(before);
  if (word === null || !/^[A-Z]/.test(word[1] ?? "")) return true;
  // A capitalised word opening its sentence ("Yesterday 300 Norlanders …") names nothing.
  return /(?:^|[.!?]["”’]?\s+|\n\s*)$/.test(before.slice(0, word.index));
}
