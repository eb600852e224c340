import type { Conflict, DateReference } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { shownSpans, spanKey } from "../conflict-rows.ts";
import { type ConflictContext, datesSpeech, prospectiveAt, sameEvent } from "../guards.ts";
import { datesDiffer, dayName } from "./day-values.ts";
import { namesTheOtherDay } from "./pair-guards.ts";
import { shareParticipant } from "./participants.ts";
import { completeByPossessive } from "./possessive-days.ts";
import { dateRow } from "./row.ts";
import { completeRows } from "./row-completion.ts";
import { completeByScore, namesAlike, scoredDays, scoresAround } from "./score-days.ts";
import { weeksApart } from "./weeks-apart.ts";

type Scored = { unit: AlignUnit; date: DateReference; scores: Set<string> };

const at = (e: Scored) => spanKey(e.unit.articleId, e.date.span.start);

/**
 * The scores of a day's own clause, a team's record in parentheses aside ("the Owls (25-7) will
 * meet …" is the season so far, not a match).
 */
function matchScores(unit: AlignUnit, date: DateReference): Set<string> {
  const bare = { ...unit, text: unit.text.replace(/\([^)]*\)/g, (m) => " ".repeat(m.length)) };
  return scoresAround(bare, date);
}

/**
 * Days that disagree for one match, told by its score: two outlets give one score in the clause of
 * their day ("the Rovers outlasted the Owls 51-50 Sunday" / "the Rovers, which defeated the Owls
 * 51-50 on Friday"), the same sides named, on different days. A score names one game whatever verb
 * tells it, and alignment may group the two statements apart (each with its own day's other news).
 * Neither outlet names the other's day anywhere, neither day is one of telling, both are in the
 * same tense. The row names every outlet giving one of the two days with that score; the usual
 * completions follow (conflicts/dates/row-completion.ts). Returns the new rows, each with the statement
 * whose group shows it; a day already in a reported row is left to that row.
 */
export function scoreDayConflicts(
  units: readonly AlignUnit[],
  context: ConflictContext,
  reported: readonly Conflict[],
): { unit: number; conflict: Conflict }[] {
  const inRows = shownSpans(reported, "date");
  const scored: Scored[] = [];
  for (const unit of units) {
    if (!unit) continue;
    for (const date of scoredDays(unit)) {
      if (datesSpeech(unit, date.span.start)) continue;
      const scores = matchScores(unit, date);
      if (scores.size > 0) scored.push({ unit, date, scores });
    }
  }
  const oneMatch = (x: Scored, y: Scored) =>
    x.unit.articleIndex !== y.unit.articleIndex &&
    [...x.scores].some((s) => y.scores.has(s)) &&
    prospectiveAt(x.unit, x.date.span.start) === prospectiveAt(y.unit, y.date.span.start) &&
    sameEvent(x.unit, y.unit, context) &&
    (shareParticipant(x, y, context, new Map(), true) || namesAlike(x.unit, y.unit));
  const found: { unit: number; conflict: Conflict }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < scored.length; i += 1) {
    for (let j = i + 1; j < scored.length; j += 1) {
      const x = scored[i] as Scored;
      const y = scored[j] as Scored;
      if ([x, y].some((e) => used.has(at(e)) || inRows.has(at(e)))) continue;
      if (!datesDiffer(x.date, y.date) || dayName(x.date) === dayName(y.date)) continue;
      if (weeksApart(x.date, y.date)) continue;
      if (namesTheOtherDay(x.unit, x.date, y.unit, y.date) || !oneMatch(x, y)) continue;
      const sides = new Set([dayName(x.date), dayName(y.date)]);
      const row = [x, y];
      const taken = new Set(row.map((e) => `${e.unit.articleId}|${dayName(e.date)}`));
      for (const other of scored) {
        const key = `${other.unit.articleId}|${dayName(other.date)}`;
        if (taken.has(key) || !sides.has(dayName(other.date))) continue;
        // An outlet in the row with one day is not shown giving the other too.
        if (row.some((e) => e.unit.articleIndex === other.unit.articleIndex)) continue;
        if (
          !row.some((side) => dayName(side.date) === dayName(other.date) && oneMatch(side, other))
        )
          continue;
        taken.add(key);
        row.push(other);
      }
      for (const e of row) used.add(at(e));
      found.push({
        unit: x.unit.index,
        conflict: dateRow(row, x, y, context, "date of the event", "one match by its score"),
      });
    }
  }
  const rows = found.map((f) => f.conflict);
  completeRows(units, rows, context);
  completeByScore(units, rows, context);
  completeByPossessive(units, rows, context);
  return found;
}
