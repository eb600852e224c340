import type { AlignUnit } from "../../align/units.ts";
import type { FigurePairChecks } from "./event-figures.ts";

/**
 * The figure checks of a pair of statements, shared by the event and measure passes (one call of
 * `addConflictsAfterGrouping`): a pair whose checks found no figure pair to keep or drop, never
 * asking the pass's `keep`, finds none in a later pass whatever that pass keeps, so it is not
 * checked again (on a generated 1,000-article story a third of the measure pass's ~11,000 pairs
 * were such pairs of the event pass). Pairs are keyed in the order given: the checks read the
 * first statement as the one whose group shows the conflict. A diagnostic run (`diagnostic`) reads
 * every pair again, so each pass tells its own refusals.
 */
export function barrenPairsShared(
  unitCount: number,
  checks: FigurePairChecks,
  diagnostic: boolean,
): FigurePairChecks {
  if (diagnostic) return checks;
  const barren = new Set<number>();
  return (pair, keep) => {
    const [a, b] = pair as readonly (AlignUnit | undefined)[];
    if (pair.length !== 2 || !a || !b) return checks(pair, keep);
    const key = a.index * unitCount + b.index;
    if (barren.has(key)) return [];
    let asked = false;
    const found = checks(
      pair,
      keep &&
        ((...args) => {
          asked = true;
          return keep(...args);
        }),
    );
    if (!asked && found.length === 0) barren.add(key);
    return found;
  };
}
