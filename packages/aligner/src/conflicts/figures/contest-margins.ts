import type { Conflict, Figure } from "@parallax/core";
import { MONTHS, WEEKDAYS } from "../../../lexicons/calendar-words.ts";
import {
  CONTEST_RESULT_NOUNS,
  SHARE_WINNING_FORMS,
  VOTER_PART_WORDS,
} from "../../../lexicons/contest-words.ts";
import { WON_SHARE_APPROXIMATORS } from "../../../lexicons/figure-hedges.ts";
import { RESULT_MODALS } from "../../../lexicons/function-words.ts";
import { SURVEY_NOUNS } from "../../../lexicons/survey-nouns.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { ConflictContext } from "../guards.ts";
import { namedOf } from "../named-ids.ts";
import { type HeldFigure, heldFigureConflicts } from "./held-figure-rows.ts";

/*
 * A contest's margin told as a modifier of its result — "her 44-point loss in Norland", "a
 * humbling, 22-point defeat in Norland" — is one fixed number of the story: one person's result in
 * one place's contest, recalled wherever an article looks back on it (often far past its lead, in
 * statements alignment never groups: the rest of each sentence is about something else). Two
 * outlets giving that person two margins in one place disagree. Only the result nouns of one side
 * pair (a loss with a defeat, a win with a victory): one person's win is another's loss, and a
 * winner's margin over the runner-up says nothing of a third candidate's loss. The share of the vote
 * a person won in one place is such a result too ("Lund won 52 percent of the vote in Norland"),
 * read past the lead where the group checks leave shares alone (they move with every poll).
 */

/**
 * The measure after "22-point": the result noun, then at most "over"/"to" someone, then "in" and
 * the place's capitalised words ("defeat in Norland Tuesday": the weekday is no part of it).
 */
const MARGIN_MEASURE = new RegExp(
  `^(${[...CONTEST_RESULT_NOUNS.keys()].join("|")})` +
    String.raw`(?:\s+(?:over|to)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3})?\s+in\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)*)`,
  "u",
);

const CALENDAR = new Set([...WEEKDAYS, ...MONTHS]);

/** A margin told by a modifier: "22-point", "44-point" (not "a 10-point plan"). */
const MARGIN_TEXT = /^\d+(?:\.\d+)?-point$/;

/**
 * A poll's "would suffer a 20-point loss in Norland" or a margin to come is no result: a statement
 * of a survey or of what may be is left out.
 */
const NOT_A_RESULT = new RegExp(`\\b(?:${[...RESULT_MODALS].join("|")}|[Ii]f)\\b`);

/** "won 52 percent of the vote": a verb of winning a share just before it. */
const WON_BEFORE = new RegExp(
  `\\b(?:${SHARE_WINNING_FORMS.join("|")})\\s+` +
    `(?:${WON_SHARE_APPROXIMATORS.map((word) => `${word}\\s+`).join("|")})?$`,
);
/**
 * A share of the whole vote, perhaps with its place ("vote", "vote in Norland Tuesday", "vote there
 * after a late surge"), never of some voters ("vote among women", "vote of evangelicals").
 */
const VOTE_MEASURE = new RegExp(
  String.raw`^vote(?:\s+in\s+((?:\p{Lu}[\p{L}.'’-]*)(?:\s+\p{Lu}[\p{L}.'’-]*)*))?(?!\s+(?:${VOTER_PART_WORDS.join("|")})\b)(?:\s|$)`,
  "u",
);

type Margin = HeldFigure & { key: string; holder: string };

/** A place's words without the calendar words that may follow them ("Norland Tuesday"). */
function placeWords(text: string): string {
  return text
    .split(/\s+/)
    .filter((w) => w !== "" && !CALENDAR.has(w.replace(/\.$/, "")))
    .join(" ");
}

/**
 * The share of the vote a person won in one place ("Lund won 52 percent of the vote in Norland",
 * "In Norland, Lund took 52% of the vote"): "share|Norland", the place written after the measure or
 * else the one place the statement names; null for any other figure. Like a margin, a result
 * fixed once the votes are counted, unlike a poll's share.
 */
export function voteShareKey(
  unit: AlignUnit,
  figure: Figure,
  context: ConflictContext,
): string | null {
  if (figure.kind !== "percent" || figure.unit !== "percent" || figure.upperValue !== null)
    return null;
  const m = VOTE_MEASURE.exec(figure.measure ?? "");
  if (!m) return null;
  const at = figure.span.start - unit.span.start;
  if (!WON_BEFORE.test(unit.text.slice(Math.max(0, at - 40), at))) return null;
  let place = placeWords(m[1] ?? "");
  if (place === "") {
    const places = [...unit.entities].filter((id) => context.isPlace?.(id));
    if (places.length !== 1) return null;
    place = context.entityName(places[0] as string);
  }
  return place === "" ? null : `share|${place}`;
}

/** The result and place of a margin figure ("loss|Norland"), or null when it is no such margin. */
export function marginKey(figure: Figure): string | null {
  if (figure.kind !== "count" || figure.unit !== "point" || !MARGIN_TEXT.test(figure.text))
    return null;
  const m = MARGIN_MEASURE.exec(figure.measure ?? "");
  if (!m) return null;
  const place = placeWords(m[2] ?? "");
  if (place === "") return null;
  return `${CONTEST_RESULT_NOUNS.get(m[1] ?? "")}|${place}`;
}

/**
 * Whose result the margin is: the person the statement names nearest the figure (by the last word
 * of the name as the story knows it), or null when it names no person or two as near.
 */
function marginHolder(unit: AlignUnit, figure: Figure, context: ConflictContext): string | null {
  const at = figure.span.start - unit.span.start;
  let best: { id: string; distance: number } | null = null;
  let tie = false;
  for (const id of namedOf(unit, context.isPlace)) {
    if (context.isPerson && !context.isPerson(id)) continue;
    const surname = context.entityName(id).split(/\s+/).at(-1) ?? "";
    if (surname.length < 2) continue;
    for (const m of unit.text.matchAll(new RegExp(`\\b${escapeRegExp(surname)}\\b`, "gu"))) {
      const index = m.index ?? 0;
      const distance = index < at ? at - index : index - at;
      if (best === null || distance < best.distance) {
        tie = best !== null && best.id !== id && best.distance === distance;
        best = { id, distance };
      } else if (distance === best.distance && best.id !== id) tie = true;
    }
  }
  return best === null || tie ? null : best.id;
}

/** Whether a statement speaks of a poll or of what may be, where a margin is no result. */
function noResult(unit: AlignUnit): boolean {
  if (NOT_A_RESULT.test(unit.text)) return true;
  return (unit.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => SURVEY_NOUNS.has(w));
}

/**
 * Margins of one person's result in one place's contest, told by two outlets with two values,
 * wherever the statements stand and were grouped: each pair once, its row completed with every
 * outlet giving one of the two values for that result. Returns each conflict with the statement
 * whose group shows it.
 */
export function contestMarginConflicts(
  units: readonly AlignUnit[],
  reported: readonly Conflict[],
  context: ConflictContext,
): { home: number; conflict: Conflict }[] {
  const margins: Margin[] = [];
  for (const unit of units) {
    for (const figure of unit.figures) {
      const key = marginKey(figure) ?? voteShareKey(unit, figure, context);
      if (key === null || noResult(unit)) continue;
      const holder = marginHolder(unit, figure, context);
      if (holder !== null) margins.push({ unit, figure, key, holder });
    }
  }
  if (margins.length < 2) return [];
  const same = (x: Margin, y: Margin) => x.key === y.key && x.holder === y.holder;
  return heldFigureConflicts(margins, reported, context, {
    sameThing: same,
    row: (x) => {
      const others = margins.filter((m) => same(m, x));
      return {
        units: others.map((m) => m.unit),
        figuresOf: (unit) => others.filter((m) => m.unit === unit).map((m) => m.figure),
      };
    },
    label: (x) =>
      `both give ${context.entityName(x.holder)}'s result: ${x.key.replace("|", " in ")}`,
  });
}
