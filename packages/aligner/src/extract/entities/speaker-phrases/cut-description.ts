// Entity layer: a speaker phrase a cue reader cut inside a longer description ("people familiar
// with | her plans say", "those who | back her rivals say"), and a time phrase standing where a
// subject would ("two hours after the vote"): neither is the speaker the reader should see.

import { CALENDAR_WORDS } from "../../../../lexicons/calendar-words.ts";
import { DETERMINERS } from "../../../../lexicons/function-words.ts";
import { TIME_UNIT } from "../../counted-nouns.ts";

/**
 * The words that tie a description's head to what it says about it: the phrase after them is
 * their object, never the one who speaks.
 */
const LINK_BEFORE = /(?:^|[\s])(familiar with|close to|briefed on|knowledgeable about|who) $/;

/**
 * The head before the link, from the clause's start: at most three words, lowercase past the
 * first (a determiner or a noun: "people", "those", "two aides"), after the sentence start, a
 * comma, a semicolon or a dash, and past a joining "and" or "but". A head joined by "and"
 * ("dockers and others who …") is left alone: which of its parts the clause describes is unclear.
 */
const HEAD_AT_CLAUSE_START =
  /(?:^|[,;:—]\s*|--\s*)(?:(?:[Aa]nd|[Bb]ut|[Oo]r|[Yy]et)\s)?(\p{L}[\p{Ll}-]*\s(?:(?!(?:and|or)\s)\p{Ll}[\p{Ll}-]*\s){0,2})$/u;

/**
 * Where the whole description starts when [phraseStart, …) was cut after its link (`people
 * familiar with | her plans`), "cut" when the head before the link is no clean clause opener
 * (then the phrase names no one the reader can trust), or null when the phrase was not cut so.
 * After "who" only a phrase opened by a verb (no determiner: `those who | back her rivals`) was
 * cut; "Ada Roe, who her aides say …" keeps its subject.
 */
export function cutDescriptionStart(
  body: string,
  sentenceStart: number,
  phraseStart: number,
  firstWord: string,
): number | "cut" | null {
  const before = body.slice(sentenceStart, phraseStart);
  const link = LINK_BEFORE.exec(before);
  if (link === null) return null;
  if (link[1] === "who" && (DETERMINERS.has(firstWord) || !/^\p{Ll}/u.test(firstWord))) return null;
  const beforeLink = before.slice(0, before.length - link[1]!.length - 1);
  const head = HEAD_AT_CLAUSE_START.exec(beforeLink);
  if (head === null) return link[1] === "who" ? null : "cut";
  return sentenceStart + beforeLink.length - head[1]!.length;
}

/** Words between a time phrase's determiner and its unit: "this past week", "a couple of days". */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(
  "past last next few couple of several coming".split(" "),
);

/**
 * `Two hours after news outlets reported …`, `this past week`, `the March 1 states`: a phrase
 * whose first word past its determiners and time modifiers is a unit of time, a weekday or a
 * month says when, never who.
 */
export function isTimePhrase(words: readonly string[]): boolean {
  const head = words.find((w) => {
    const lower = w.toLowerCase();
    return !DETERMINERS.has(lower) && !TIME_MODIFIERS.has(lower) && !/^\d/.test(w);
  });
  return head !== undefined && (TIME_UNIT.test(head.toLowerCase()) || CALENDAR_WORDS.has(head));
}
