import {
  DETERMINERS,
  FORMS_OF_BE,
  PREPOSITIONS,
  VERB_COORDINATORS,
} from "../../../lexicons/function-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { ConflictContext } from "../guards.ts";
import { WHERE_BEFORE } from "./participants.ts";

/* Where a happening took place (issue 12, conflict audit on PolNeAR train with publication days:
 * a campaign's contests, one state's caucus against another state's primary, dated on two days). A
 * happening placed in one place is not one placed in another: the two days are two happenings'. */

/** The first word after a place name, lower case, when it is lower case ("Velden caucuses" → caucuses). */
const LOWER_WORD_AFTER = /^\s+(\p{Ll}+)\b/u;

/**
 * Whether a place written at `at` says where something happened: after a preposition of place
 * ("in Velden", "at the Velden hall", participants.ts), as a possessive ("Velden's primary") or
 * before a common noun it places ("the Velden caucuses", "his Velden win"). Not a place describing
 * someone ("Senator Ada Lund of Velden", "Velden Senator Ada Lund"): a function word or a
 * capitalised word after it.
 */
function placesHappening(text: string, at: number, end: number): boolean {
  if (WHERE_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return true;
  const after = text.slice(end, end + 30);
  if (/^['’]s\b/u.test(after)) return true;
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
    if (!context.isPlace?.(id)) continue;
    const name = context.entityName(id).trim();
    if (name.length < 2) continue;
    const pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu");
    for (const m of unit.text.matchAll(pattern)) {
      const at = m.index ?? 0;
      if (placesHappening(unit.text, at, at + name.length)) {
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
