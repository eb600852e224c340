import type { Figure, FigureRow } from "@parallax/core";
import type { AlignUnit } from "./units.ts";

/**
 * Every figure of the story in rows, one row per thing measured, with each outlet's value side by
 * side. Figures share a row when they have the same unit and the same value, sit in the same claim
 * group, or their measures share a content word.
 */
export function buildFigureRows(
  units: readonly AlignUnit[],
  groupOfUnit: ReadonlyMap<number, string>,
): FigureRow[] {
  const items: { figure: Figure; unit: AlignUnit }[] = [];
  for (const unit of units) for (const figure of unit.figures) items.push({ figure, unit });
  const parent = items.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstByKey = new Map<string, number>();
  const join = (key: string, index: number) => {
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else union(first, index);
  };
  items.forEach(({ figure, unit }, index) => {
    join(`v|${figure.unit}|${figure.value}`, index);
    join(`g|${figure.unit}|${groupOfUnit.get(unit.index)}`, index);
    for (const word of measureKeywords(figure.measure)) join(`m|${figure.unit}|${word}`, index);
  });
  const rows = new Map<number, { figure: Figure; unit: AlignUnit }[]>();
  // Pushed, not copied on each add: one figure told by every outlet of a large story is a row of a
  // thousand values, and a fresh copy per value was quadratic.
  items.forEach((item, index) => {
    const root = find(index);
    const row = rows.get(root);
    if (row) row.push(item);
    else rows.set(root, [item]);
  });
  return [...rows.values()]
    .map((members) => {
      const measures = members.map((m) => m.figure.measure).filter((m): m is string => m !== null);
      const counts = new Map<string, number>();
      for (const m of measures) counts.set(m, (counts.get(m) ?? 0) + 1);
      const first = members[0]?.figure as Figure;
      const measure =
        [...counts.entries()].sort(
          (a, b) => b[1] - a[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1),
        )[0]?.[0] ?? `${first.kind} (${first.unit})`;
      return {
        measure,
        values: members
          .sort(
            (a, b) =>
              (a.unit.articleId < b.unit.articleId
                ? -1
                : a.unit.articleId > b.unit.articleId
                  ? 1
                  : 0) || a.figure.span.start - b.figure.span.start,
          )
          .map(({ figure, unit }) => ({
            articleId: unit.articleId,
            text: figure.text,
            value: figure.value,
            unit: figure.unit,
            span: figure.span,
          })),
      };
    })
    .sort(
      (a, b) =>
        b.values.length - a.values.length ||
        (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0),
    );
}

const MEASURE_STOP = new Set([
  "the",
  "and",
  "for",
  "of",
  "in",
  "on",
  "to",
  "a",
  "an",
  "its",
  "their",
  "with",
]);
const GENERIC = new Set(["amount", "total", "value", "figure", "number", "percent", "rate"]);

function measureKeywords(measure: string | null): string[] {
  if (!measure) return [];
  return measure
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 3 && !MEASURE_STOP.has(w) && !GENERIC.has(w));
}
