import type { Conflict } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { outsideLead } from "../guards.ts";
import { PairedValues } from "../paired-values.ts";
import { type FigurePairChecks, keptFigures, measuredAlike } from "./event-figures.ts";
import { measureWords } from "./measures.ts";

/** The key two figures share when they count the same thing in the same words: unit and measure. */
function measureKeys(unit: AlignUnit): string[] {
  const keys = new Set<string>();
  for (const f of unit.figures)
    if (f.kind !== "time" && f.measure && f.measure !== "age")
      keys.add(`${f.unit}|${measureWords(f.measure)}`);
  return [...keys];
}

/**
 * Figures counting the same thing in the very same words, in two outlets' lead statements that
 * alignment grouped apart and no story event joined ("Four masked gunmen stormed the Harbour
 * Bank" / "eight masked gunmen fled the Harbour Bank" are told with other verbs than the event's):
 * the changed figure is often what kept the statements apart. Each pair goes through the checks of
 * a group of two, then must be measured alike — the same measure words and verbs of one happening
 * (event-figures.ts measuredAlike); a pair already reported is not repeated. Returns each conflict
 * with the statement whose group shows it.
 */
export function measureFigureConflicts(
  units: readonly AlignUnit[],
  sameGroup: (a: number, b: number) => boolean,
  reported: readonly Conflict[],
  checks: FigurePairChecks,
): { home: number; conflict: Conflict }[] {
  const seen = new PairedValues(reported);
  const keep = keptFigures(seen);
  const byKey = new Map<string, number[]>();
  for (const unit of units) {
    if (unit.figures.length === 0 || outsideLead(unit, unit)) continue;
    for (const key of measureKeys(unit)) {
      const members = byKey.get(key);
      if (members) members.push(unit.index);
      else byKey.set(key, [unit.index]);
    }
  }
  const tried = new Set<number>();
  const found: { home: number; conflict: Conflict }[] = [];
  for (const members of byKey.values()) {
    for (let x = 0; x < members.length; x += 1) {
      for (let y = x + 1; y < members.length; y += 1) {
        const i = members[x] as number;
        const j = members[y] as number;
        const a = units[i] as AlignUnit;
        const b = units[j] as AlignUnit;
        if (a.articleIndex === b.articleIndex || sameGroup(i, j)) continue;
        const pair = i * units.length + j;
        if (tried.has(pair)) continue;
        tried.add(pair);
        for (const conflict of checks([a, b], keep)) {
          if (!measuredAlike(conflict, a, b) || seen.pairsAny(conflict)) continue;
          seen.add(conflict);
          found.push({ home: i, conflict });
        }
      }
    }
  }
  return found;
}
