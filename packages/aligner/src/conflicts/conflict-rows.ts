import type { Conflict } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";

/** Statements of one value that a large group holds many times over are compared through a few. */
const PER_VALUE = 4;

/**
 * The units worth comparing for disagreements: none when every key has a single value across the
 * group (the common case, checked in one pass), else at most a few units per key and value, so a
 * group of hundreds of copies stays cheap.
 */
export function representatives(
  units: readonly AlignUnit[],
  keysOf: (unit: AlignUnit) => string[],
  valuesOf: (unit: AlignUnit, key: string) => string[],
): AlignUnit[] {
  const values = new Map<string, Set<string>>();
  for (const unit of units) {
    for (const key of keysOf(unit)) {
      const set = values.get(key) ?? new Set<string>();
      for (const value of valuesOf(unit, key)) set.add(value);
      values.set(key, set);
    }
  }
  const disputed = [...values].filter(([, set]) => set.size > 1).map(([key]) => key);
  if (disputed.length === 0) return [];
  const taken = new Map<string, number>();
  const kept: AlignUnit[] = [];
  for (const unit of units) {
    let keep = false;
    for (const key of disputed) {
      for (const value of valuesOf(unit, key)) {
        const slot = `${key}|${value}`;
        const count = taken.get(slot) ?? 0;
        if (count < PER_VALUE) {
          taken.set(slot, count + 1);
          keep = true;
        }
      }
    }
    if (keep) kept.push(unit);
  }
  return kept;
}

export type Value = Conflict["values"][number];

/** Where a value stands: its article and its start there, the key that tells rows' values apart. */
export const spanKey = (articleId: string, start: number): string => `${articleId}@${start}`;

/** The span keys of every value `rows` already show (of one kind when given). */
export function shownSpans(rows: readonly Conflict[], kind?: Conflict["kind"]): Set<string> {
  return new Set(
    rows.flatMap((k) =>
      kind && k.kind !== kind
        ? []
        : k.values.flatMap((v) => (v.span ? [spanKey(v.articleId, v.span.start)] : [])),
    ),
  );
}

/**
 * Every statement of the group that states one of the disputed values, one entry per article and
 * value: a row that names one outlet's "300" must not show another outlet that also says "300" as
 * not reporting it.
 */
export function completeRow<T>(
  first: Value[],
  units: readonly AlignUnit[],
  itemsOf: (unit: AlignUnit) => readonly T[],
  valueKey: (item: T) => string | null,
  values: readonly string[],
  toValue: (unit: AlignUnit, item: T) => Value,
): Value[] {
  const seen = new Set(first.map((v) => `${v.articleId}|${v.text}`));
  const seenValue = new Set<string>();
  const row = [...first];
  const byValue = new Map<string, Value[]>();
  for (const unit of units) {
    for (const item of itemsOf(unit)) {
      const value = valueKey(item);
      if (value === null || !values.includes(value)) continue;
      const entry = toValue(unit, item);
      const key = `${entry.articleId}|${value}`;
      if (seenValue.has(key) || seen.has(`${entry.articleId}|${entry.text}`)) continue;
      seenValue.add(key);
      // Pushed, not copied on each add: a value told by every outlet of a large story is a
      // thousand entries, and a fresh copy per entry was quadratic.
      const list = byValue.get(value);
      if (list) list.push(entry);
      else byValue.set(value, [entry]);
    }
  }
  for (const value of values) for (const entry of byValue.get(value) ?? []) row.push(entry);
  return row;
}
