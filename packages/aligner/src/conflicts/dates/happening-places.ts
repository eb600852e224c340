import { CONTEST_RESULT_NOUNS } from "../../../lexicons/contest-words.ts";
import { VOTING_CONTEST_GENERIC, VOTING_CONTEST_NOUNS } from "../../../lexicons/event-words.ts";
import {
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
  VERB_COORDINATORS,
} from "../../../lexicons/function-words.ts";
import { eventWords } from "../../align/lemmas.ts";
import { perUnit } from "../../align/per-unit.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import { eventVerb } from "../../events/event-triggers.ts";
import type { ConflictContext } from "../guards.ts";
import { WHERE_BEFORE } from "./participants.ts";

/* Where a happening took place (issue 12, conflict audit on PolNeAR train with publication days:
 * a campaign's contests, one state's caucus against another state's primary, dated on two days). A
 * happening placed in one place is not one placed in another: the two days are two happenings'. */

/** The first word after a place name, lower case, when it is lower case ("Velden caucuses" → caucuses). */
const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)\b/u;

/**
 * A place before a contest's title-case modifiers and its noun ("the Velden Democratic primary"):
 * the lower-case word after the place is no common noun it places, yet the contest is the place's.
 */
const CONTEST_AFTER = new RegExp(
  String.raw`^(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}\s+(?:${[...VOTING_CONTEST_NOUNS.keys(), ...VOTING_CONTEST_GENERIC].join("|")})\b`,
  "u",
);
/** A contest's noun and "in" right before a name: "caucuses in (the) …". */
const CONTEST_IN = new RegExp(
  String.raw`\b(?:${[...VOTING_CONTEST_NOUNS.keys(), ...VOTING_CONTEST_GENERIC].join("|")})\s+in\s+(?:the\s+)?$`,
  "u",
);
/** The last word before a place, to read a winning verb whose object it is ("won Velden"). */
const WORD_BEFORE = /(\p{Ll}+)\s+$/u;
const WIN = eventVerb("win");

/**
 * Whether the place is what a win's verb takes ("Ada Roe won Velden on Tuesday"): a state or
 * country won is its contest won, there (issue 12: "won Velden" against "won caucuses in Orvale",
 * one person's two wins in two places, were read as one win dated two days).
 */
function wonPlace(text: string, at: number): boolean {
  const word = text.slice(Math.max(0, at - 20), at).match(WORD_BEFORE)?.[1];
  if (word === undefined) return false;
  return eventWords(word).some((w) => eventVerb(w.lemma) === WIN);
}

/**
 * Whether a place written at `at` says where something happened: after a preposition of place
 * ("in Velden", "at the Velden hall", participants.ts), as a possessive ("Velden's primary") or
 * before a common noun it places ("the Velden caucuses", "his Velden win"). Not a place describing
 * someone ("Senator Ada Lund of Velden", "Velden Senator Ada Lund"): a function word or a
 * capitalised word after it.
 */
function placesHappening(text: string, at: number, end: number): boolean {
  if (WHERE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  const after = text.slice(end, end + 40);
  if (/^['’]s\b/u.test(after)) return true;
  if (CONTEST_AFTER.test(after) || wonPlace(text, at)) return true;
  const word = after.match(LOWER_WORD_AFTER)?.[1];
  return (
    word !== undefined &&
    !PREPOSITIONS.has(word) &&
    !DETERMINERS.has(word) &&
    !FORMS_OF_BE.has(word) &&
    !VERB_COORDINATORS.has(word) &&
    word !== "or"
  );
}

/** The story places a statement writes as where its happening took place. */
function happeningPlaces(unit: AlignUnit, context: ConflictContext): Set<string> {
  const found = new Set<string>();
  for (const id of unit.entities) {
    const place = context.isPlace?.(id) === true;
    // A name the gazetteer lacks places a contest written right before it ("caucuses in the
    // Velden Isles"): a contest is held in a place, whatever the entity reading made of its name.
    if (!place && (context.isPerson?.(id) ?? true)) continue;
    const name = context.entityName(id).trim();
    if (name.length < 2) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
    for (const m of unit.text.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (
        place
          ? placesHappening(unit.text, at, at + name.length)
          : CONTEST_IN.test(unit.text.slice(Math.max(0, at - 30), at))
      ) {
        found.add(id);
        break;
      }
    }
  }
  return found;
}

/** Whether a statement writes a story place anywhere, by entity or by its name. */
function writesPlace(unit: AlignUnit, id: string, context: ConflictContext): boolean {
  if (unit.entities.has(id)) return true;
  const name = context.entityName(id).trim();
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "u").test(unit.text);
}

/**
 * Whether two statements place what they tell in different places: each writes a place where its
 * happening took place ("won the caucuses in Orvale on Saturday" / "won its Norland primary on
 * Tuesday") and neither writes any of the other's, anywhere. A statement placing nothing, or two
 * sharing a place, may tell one happening.
 */
export function placedApart(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  if (!context.isPlace) return false;
  const left = happeningPlaces(a, context);
  if (left.size === 0) return false;
  const right = happeningPlaces(b, context);
  if (right.size === 0) return false;
  for (const id of left) if (writesPlace(b, id, context)) return false;
  for (const id of right) if (writesPlace(a, id, context)) return false;
  return true;
}

/** A contest's words, its nouns and its result's ("primary", "caucuses", "victory"). */
const CONTEST_WORDS: ReadonlySet<string> = new Set([
  ...VOTING_CONTEST_NOUNS.keys(),
  ...VOTING_CONTEST_GENERIC,
  ...CONTEST_RESULT_NOUNS.keys(),
]);

/** Whether a statement tells a contest or a win: a contest's word, or a verb of winning. Read once. */
const tellsContest = perUnit((unit: AlignUnit) =>
  eventWords(unit.text).some((w) => CONTEST_WORDS.has(w.lemma) || eventVerb(w.lemma) === WIN),
);

/**
 * Whether two dated statements one group aligned each tell a contest or a win, placed in different
 * places (`placedApart`). Issue 12, PolNeAR pseudo-story audit: one person's caucus win in one
 * state on Saturday and her primary win in another on Tuesday were read as one win dated two days.
 * Two places' contests are two contests.
 */
export function contestsPlacedApart(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  return tellsContest(a) && tellsContest(b) && placedApart(a, b, context);
}
