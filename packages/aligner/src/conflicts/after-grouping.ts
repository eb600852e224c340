import type { Conflict } from "@parallax/core";
import type { ScoredPair } from "../align/groups.ts";
import type { AlignUnit } from "../align/units.ts";
import type { EventCluster, EventInputs } from "../events/story-events.ts";
import { personAgeConflicts } from "./ages/person-ages.ts";
import { contestDayConflicts } from "./dates/contest-days.ts";
import { describedDateConflicts } from "./dates/described-happenings.ts";
import { happeningDateConflicts } from "./dates/event-dates.ts";
import { placedContestConflicts } from "./dates/placed-contests.ts";
import { placedResultConflicts } from "./dates/placed-results.ts";
import { scoreDayConflicts } from "./dates/score-day-rows.ts";
import { tellingDayConflicts } from "./dates/telling-days.ts";
import { type ConflictContext, dateConflicts, figureConflicts } from "./detect-conflicts.ts";
import { barFigureConflicts } from "./figures/bar-figures.ts";
import { barrenPairsShared } from "./figures/barren-pairs.ts";
import { contestMarginConflicts } from "./figures/contest-margins.ts";
import { comparedInGroup, eventFigureConflicts } from "./figures/event-figures.ts";
import { measureFigureConflicts } from "./figures/measure-figures.ts";
import { loneStatementConflicts } from "./lone-statements.ts";
import { negationsAcrossGroups } from "./negation/across.ts";
import { speakerFindings } from "./speakers/findings.ts";
import { clockTimeConflicts } from "./times/clock-times.ts";

/** What the passes after grouping read, and where they put what they find. */
export type AfterGrouping = {
  units: readonly AlignUnit[];
  /** The group of each unit, by unit index. */
  groupOf: readonly number[];
  /** How many articles each group's statements come from. */
  articleCounts: readonly number[];
  scored: readonly ScoredPair[];
  /** The least score of a best match a lone statement is compared with. */
  loneMinScore: number;
  /** Every conflict the rows hold so far: each pass reports none already shown. */
  shown: () => Conflict[];
  /** Puts conflicts found into a group's row. */
  addToGroup: (group: number, found: readonly Conflict[]) => void;
  context: ConflictContext;
  /** The story's happenings: read once (events/story-events.ts), narrow and broad. */
  readings: EventInputs;
  happenings: readonly EventCluster[];
  broad: readonly EventCluster[];
};

/**
 * The conflicts alignment's groups do not hold: one outlet's statement against another's grouped
 * apart from it — a lone statement against its best match, a denial, one quotation credited to two
 * people, the days, figures, ages and clock times of one happening told in several groups. Run in
 * this order: each pass skips what an earlier one reported, so a disagreement is shown once.
 */
export function addConflictsAfterGrouping(input: AfterGrouping): void {
  const {
    units,
    groupOf,
    articleCounts,
    scored,
    loneMinScore,
    shown,
    addToGroup,
    context,
    readings,
    happenings,
    broad,
  } = input;
  // A statement no other outlet tells, against its best match elsewhere (conflicts/lone-statements.ts).
  const loneContext: ConflictContext = { ...context, sharedVerb: true };
  const acrossGroups = loneStatementConflicts(
    units,
    groupOf,
    articleCounts,
    scored,
    loneMinScore,
    shown(),
    (pair) => [...figureConflicts(pair, loneContext), ...dateConflicts(pair, loneContext)],
  );
  for (const [g, found] of acrossGroups) addToGroup(g, found);
  // A denial of what another outlet states, grouped apart from it (conflicts/negation/across.ts).
  const denials = negationsAcrossGroups(units, groupOf, shown(), context);
  for (const { home, conflict } of denials) addToGroup(groupOf[home.index] as number, [conflict]);
  // The same quoted words credited to two people, read over the whole story: the quotation shows
  // the two statements report one remark, however alignment grouped them (conflicts/speakers/findings.ts).
  for (const { units: row, conflict } of speakerFindings(units, context))
    addToGroup(groupOf[(row[0] as AlignUnit).index] as number, [conflict]);
  const leadHappenings = broad.map((event) => ({ ...event, leadOnly: true }));
  const dated = happeningDateConflicts(units, [...happenings, ...leadHappenings], context, shown());
  // And those of the story's one person told by statements that describe them, naming no person
  // ("police arrested a woman"; conflicts/dates/described-happenings.ts).
  const reportedDates = [...shown(), ...dated.map((d) => d.conflict)];
  dated.push(...describedDateConflicts(units, readings, context, reportedDates));
  // And a voting contest named by its calendar day ("her May 15 primary"), a day no verb gives
  // (conflicts/dates/contest-days.ts).
  dated.push(
    ...contestDayConflicts(units, context, [...reportedDates, ...dated.map((d) => d.conflict)]),
  );
  // And one place's contest dated by the words around it ("Saturday's Velden caucuses";
  // conflicts/dates/placed-contests.ts).
  dated.push(
    ...placedContestConflicts(units, context, [...reportedDates, ...dated.map((d) => d.conflict)]),
  );
  // And one night's results in several places, listed by place ("won Orvale, Velden and Castlebay
  // on Tuesday"; conflicts/dates/placed-results.ts).
  dated.push(
    ...placedResultConflicts(units, context, [...reportedDates, ...dated.map((d) => d.conflict)]),
  );
  for (const { unit, conflict } of dated) addToGroup(groupOf[unit] as number, [conflict]);
  // One report repeated in nearly the same words, told on two days (conflicts/dates/telling-days.ts);
  // one match's score dated on two days, wherever grouped (conflicts/dates/score-day-rows.ts).
  const sofar = shown();
  const telling = [
    ...tellingDayConflicts(units, context, sofar),
    ...scoreDayConflicts(units, context, sofar),
  ];
  for (const { unit, conflict } of telling) addToGroup(groupOf[unit] as number, [conflict]);
  // A named person's age given differently by two outlets, wherever grouped (conflicts/ages/person-ages.ts).
  const ages = personAgeConflicts(units, shown(), context);
  for (const { unit, conflict } of ages) addToGroup(groupOf[unit] as number, [conflict]);
  // Figures of one happening that alignment grouped apart (conflicts/figures/event-figures.ts).
  const eventContext: ConflictContext = {
    ...context,
    pairEvidence: () => [],
    sharedVerb: true,
    sameMeasureVouches: true,
  };
  // The event and measure passes meet many of the same pairs (conflicts/figures/barren-pairs.ts).
  const pairChecks = barrenPairsShared(
    units.length,
    (pair, keep) => figureConflicts(pair, eventContext, keep),
    context.refused !== undefined,
  );
  const figured = eventFigureConflicts(
    units,
    happenings,
    comparedInGroup(units, (unit) => groupOf[unit], context),
    shown(),
    pairChecks,
    context.refused,
  );
  for (const { home, conflict } of figured) addToGroup(groupOf[home] as number, [conflict]);
  // Figures counting one thing in the same words, in lead statements grouped apart (conflicts/figures/measure-figures.ts).
  const measured = measureFigureConflicts(
    units,
    comparedInGroup(units, (unit) => groupOf[unit], context),
    shown(),
    pairChecks,
  );
  for (const { home, conflict } of measured) addToGroup(groupOf[home] as number, [conflict]);
  // A bar said of no one ("It takes 1,200 votes to win"), wherever told (conflicts/figures/bar-figures.ts).
  const barred = barFigureConflicts(units, shown(), context);
  for (const { home, conflict } of barred) addToGroup(groupOf[home] as number, [conflict]);
  // One person's margin in one place's contest ("her 22-point loss in Orvale"), wherever told
  // (conflicts/figures/contest-margins.ts).
  const margins = contestMarginConflicts(units, shown(), context);
  for (const { home, conflict } of margins) addToGroup(groupOf[home] as number, [conflict]);
  // Clock times of one happening that alignment grouped apart (conflicts/times/clock-times.ts).
  const timed = clockTimeConflicts(units, shown(), context);
  for (const { unit, conflict } of timed) addToGroup(groupOf[unit] as number, [conflict]);
}
