import type { Conflict, Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import type { Value } from "../conflict-rows.ts";
import { alignedAsOne, type ConflictContext, outsideLead, valueVerb } from "../guards.ts";
import { happeningVerb } from "../happenings/nouns.ts";
import { PairedValues } from "../paired-values.ts";
import { type RefusalSink, tellRefusal } from "../refusals.ts";
import { oneDoingLength, sameMeasure, sameMeasureWords, verbsOfOneHappening } from "./measures.ts";
import { retoldByNoun } from "./noun-retold.ts";
import { parenthesisedHolder } from "./parenthesised-holders.ts";

/**
 * The checks of a group of two, told which conflicts the pass keeps whatever their rows hold (by
 * kind and first two values): the others' rows, the costly part, are never filled in.
 */
export type FigurePairChecks = (
  units: readonly AlignUnit[],
  keep?: (kind: Conflict["kind"], first: readonly Value[], a: AlignUnit, b: AlignUnit) => boolean,
) => Conflict[];

/**
 * What the figure passes keep: figures measured alike, not already standing together in a
 * reported conflict (`seen` only grows, so a pair paired now is paired when its turn comes).
 */
export function keptFigures(
  seen: PairedValues,
): (kind: Conflict["kind"], first: readonly Value[], a: AlignUnit, b: AlignUnit) => boolean {
  return (kind, [x, y], a, b) =>
    x !== undefined &&
    y !== undefined &&
    valuesMeasuredAlike(x, y, a, b) &&
    !seen.pairs(kind, x, y);
}

/** A story event as the figure checks need it: the statements (unit indices) telling it. */
export type EventMembers = { units: readonly number[]; main: boolean };

/**
 * Figures of one happening that alignment put in different groups (or in one group without making
 * them each other's match: `comparedInGroup`): two outlets telling the same
 * story event (the same verb or its noun, the same participant — events/story-events.ts) with a
 * figure of the same unit and measured thing but another value. The changed figure is often the
 * very word that would have grouped the two statements ("four young women" / "two young women"
 * no longer match), so the disagreement is read through the event instead. Each pair goes through
 * the checks of a group of two (same people, year, measure, lead, hedges …); a conflict already
 * reported is not repeated. Returns each conflict with the statement whose group shows it.
 */
export function eventFigureConflicts(
  units: readonly AlignUnit[],
  events: readonly EventMembers[],
  sameGroup: (a: number, b: number) => boolean,
  reported: readonly Conflict[],
  checks: FigurePairChecks,
  /**
   * A diagnostic run's sink: hears each pair of the story event that the lead keeps from being
   * compared (`figure:event.outsideLead`), which the pass otherwise skips without a word.
   */
  refused?: RefusalSink,
): { home: number; conflict: Conflict }[] {
  const seen = new PairedValues(reported);
  const keep = keptFigures(seen);
  const tried = new Set<number>();
  const found: { home: number; conflict: Conflict }[] = [];
  for (const event of events) {
    if (event.main) continue;
    const counted = event.units.filter((i) => (units[i] as AlignUnit).figures.length > 0);
    for (let x = 0; x < counted.length; x += 1) {
      for (let y = x + 1; y < counted.length; y += 1) {
        const i = counted[x] as number;
        const j = counted[y] as number;
        const a = units[i] as AlignUnit;
        const b = units[j] as AlignUnit;
        if (a.articleIndex === b.articleIndex || sameGroup(i, j)) continue;
        // Only lead statements are compared, but for a sum told once by its verb and once by its
        // noun ("is suing Lund for $80 million" / "filed a $40 million lawsuit"; noun-retold.ts).
        // Read before the pair is kept as tried: most pairs of a large story lie past the lead.
        if (outsideLead(a, b) && !someRetoldByNoun(a, b)) {
          tellRefusal(refused, "figure", "event.outsideLead", a, b);
          continue;
        }
        const pair = i * units.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        for (const conflict of checks([a, b], keep)) {
          if (!measuredAlike(conflict, a, b)) continue;
          if (seen.pairsAny(conflict)) continue;
          seen.add(conflict);
          found.push({ home: i, conflict });
        }
      }
    }
  }
  return found;
}

/**
 * Whether a group's own check compares two statements: both in one group and each other's match
 * (`alignedAsOne`). A group joins statements through chains (A like B, B like C), so two of its
 * statements may be no match of each other — "A 5.2-magnitude quake jolted the Harbour islands" and
 * "A strong 6.1 magnitude earthquake hit the islands", grouped through a third outlet's wording —
 * and no group check sets their figures against each other: the story event reads them as if
 * grouped apart.
 */
export function comparedInGroup(
  units: readonly AlignUnit[],
  groupOf: (unit: number) => number | undefined,
  context: ConflictContext,
): (a: number, b: number) => boolean {
  return (a, b) =>
    groupOf(a) === groupOf(b) &&
    alignedAsOne(units[a] as AlignUnit, units[b] as AlignUnit, context);
}

/**
 * Whether the two figures set against each other say they count the very same thing: two clock
 * times, or the same measure word for word ("four armed robbers" / "eight armed robbers"). Without
 * alignment to vouch for the two statements, a shared verb and head noun are not enough: "shooting
 * three co-workers" counts the shot, "killed two co-workers" the dead; "two extra life sentences"
 * are some of "three life sentences"; two ages in one event are often two people's.
 */
export function measuredAlike(conflict: Conflict, a: AlignUnit, b: AlignUnit): boolean {
  return valuesMeasuredAlike(conflict.values[0], conflict.values[1], a, b);
}

/**
 * `measuredAlike` of a conflict's first two values: the figure passes ask it of every pair they
 * check, before any conflict is made, so no conflict is built to ask it.
 */
function valuesMeasuredAlike(
  first: Value | undefined,
  second: Value | undefined,
  a: AlignUnit,
  b: AlignUnit,
): boolean {
  const fa = figureAt(a, first?.span?.start);
  const fb = figureAt(b, second?.span?.start);
  if (!fa || !fb) return false;
  const verb = valueVerb(a, fa.span.start, fa.span.end);
  const other = valueVerb(b, fb.span.start, fb.span.end);
  if (fa.kind === "time" && fb.kind === "time") return verb !== null && verb === other;
  // Two ages said with one verb ("killing 10-year-old …" / "a 20-year-old girl killed"): the age of
  // the one the happening befell; ages of two people named beside them never reach here.
  if (fa.measure === "age" && fb.measure === "age") return verb !== null && verb === other;
  // Two lengths of time measuring nothing named ("the second player in two days to be placed on
  // the list" / "… in four days to be placed on the list"): said with one verb, they time one
  // happening. A length said as a modifier ("an eight-year, $200 million deal") lost the noun it
  // measures, and one verb ("offered") may give two bidders' offers.
  if (fa.kind === "duration" && fb.kind === "duration" && !fa.measure && !fb.measure)
    return lengthOnItsOwn(fa) && lengthOnItsOwn(fb) && verb !== null && verb === other;
  // Past the lead only a sum told by its verb and by its noun is read (eventFigureConflicts).
  if (outsideLead(a, b)) return retoldByNoun(a, fa, b, fb) !== null;
  // One named person's own record in parentheses ("Vint (31-2, 24 KOs)"), whatever the verbs.
  const holder = parenthesisedHolder(a, fa);
  if (holder !== null && holder === parenthesisedHolder(b, fb)) return sameMeasure(fa, fb);
  return (
    (sameMeasureWords(fa, fb) || oneDoingLength(fa, fb)) &&
    verbsOfOneHappening(
      happeningVerb(a, fa.span.start, fa.span.end),
      happeningVerb(b, fb.span.start, fb.span.end),
    )
  );
}

function figureAt(unit: AlignUnit, start: number | undefined): Figure | undefined {
  return unit.figures.find((f) => f.span.start === start);
}

/** Whether some sum of one statement is told by its noun, and by its verb in the other. */
function someRetoldByNoun(a: AlignUnit, b: AlignUnit): boolean {
  return a.figures.some((fa) => b.figures.some((fb) => retoldByNoun(a, fa, b, fb) !== null));
}

/** A length of time said as a number and its unit noun ("four days"), not as a modifier ("eight-year"). */
function lengthOnItsOwn(figure: Figure): boolean {
  return /\s/.test(figure.text.trim()) && !/-\s*\p{L}+$/u.test(figure.text);
}
