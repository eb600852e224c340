import type { Conflict, Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { completeRow, type Value } from "../conflict-rows.ts";
import {
  type ConflictContext,
  conflictEvidence,
  hedgeOf,
  hedgesAgree,
  sameTime,
} from "../guards.ts";
import { PairedValues } from "../paired-values.ts";

/*
 * The story-wide figure passes that read one fixed number wherever an article recalls it — a bar
 * said of no one (bar-figures.ts), one person's result in one place (contest-margins.ts) — each
 * find figures of one thing, then pair them alike: two articles, two values, one time, no hedge
 * reconciling them, each pair once, the row completed with every outlet giving one of the two
 * values for that thing. One builder, so a row rule changed for one pass holds for the others.
 */

/** A figure with the statement holding it. */
export type HeldFigure = { unit: AlignUnit; figure: Figure };

/** What a pass says of its figures. */
export type HeldFigureRule<T extends HeldFigure> = {
  /** Whether two figures (of two articles, with two values) tell the same thing. */
  sameThing: (x: T, y: T) => boolean;
  /** The statements whose figures may join the pair's row, and the figures each gives. */
  row: (x: T, y: T) => { units: AlignUnit[]; figuresOf: (unit: AlignUnit) => Figure[] };
  /** The evidence line saying what both give. */
  label: (x: T, y: T) => string;
};

/** A figure as a conflict row's value. */
export function heldValue(unit: AlignUnit, figure: Figure): Value {
  return { articleId: unit.articleId, text: figure.text, span: figure.span };
}

/**
 * Conflicts between figures of one thing told by two outlets with two values, wherever the
 * statements stand and were grouped; not one pair already shown together in `reported` or in a
 * conflict found here. Returns each conflict with the statement whose group shows it (the first
 * figure's).
 */
export function heldFigureConflicts<T extends HeldFigure>(
  figures: readonly T[],
  reported: readonly Conflict[],
  context: ConflictContext,
  rule: HeldFigureRule<T>,
): { home: number; conflict: Conflict }[] {
  const seen = new PairedValues(reported);
  const found: { home: number; conflict: Conflict }[] = [];
  for (let i = 0; i < figures.length; i += 1) {
    for (let j = i + 1; j < figures.length; j += 1) {
      const x = figures[i] as T;
      const y = figures[j] as T;
      if (x.unit.articleIndex === y.unit.articleIndex || x.figure.value === y.figure.value)
        continue;
      if (!rule.sameThing(x, y) || !sameTime(x.unit, y.unit)) continue;
      const [u, v] = [x.figure.value, y.figure.value];
      if (hedgesAgree(u, hedgeOf(x.unit, x.figure), v, hedgeOf(y.unit, y.figure))) continue;
      const first = [heldValue(x.unit, x.figure), heldValue(y.unit, y.figure)];
      if (seen.pairs("figure", first[0] as Value, first[1] as Value)) continue;
      const { units, figuresOf } = rule.row(x, y);
      const conflict: Conflict = {
        kind: "figure",
        subject: x.figure.measure ?? x.figure.unit,
        values: completeRow(
          first,
          units,
          figuresOf,
          (f) => String(f.value),
          [String(u), String(v)],
          heldValue,
        ),
        evidence: conflictEvidence(x.unit, y.unit, context, [
          { kind: "figure", label: rule.label(x, y), weight: 1 },
        ]),
      };
      if (seen.pairsAny(conflict)) continue;
      seen.add(conflict);
      found.push({ home: x.unit.index, conflict });
    }
  }
  return found;
}
