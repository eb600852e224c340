import type { AlignUnit } from "../../src/align/units.ts";
import { figureConflicts } from "../../src/conflicts/detect-conflicts.ts";
import { eventFigureConflicts } from "../../src/conflicts/figures/event-figures.ts";
import { measureFigureConflicts } from "../../src/conflicts/figures/measure-figures.ts";
import type { ConflictContext } from "../../src/conflicts/guards.ts";

/** A context in which every pair of statements passes the pair checks' alignment guards. */
export const FIGURE_CONTEXT: ConflictContext = {
  similarity: () => 0.3,
  entityName: (id) => id,
  pairEvidence: () => [],
  sharedVerb: true,
  sameMeasureVouches: true,
};

/** The values of each conflict the measure-figure pass finds among statements grouped apart. */
export function measureConflictTexts(units: AlignUnit[]): string[][] {
  return measureFigureConflicts(
    units,
    () => false,
    [],
    (pair) => figureConflicts(pair, FIGURE_CONTEXT),
  ).map((f) => f.conflict.values.map((v) => v.text));
}

/** The conflicts the event-figure pass finds when every statement tells one story event. */
export function eventConflicts(units: AlignUnit[]) {
  return eventFigureConflicts(
    units,
    [{ units: units.map((u) => u.index), main: false }],
    () => false,
    [],
    (pair) => figureConflicts(pair, FIGURE_CONTEXT),
  );
}
