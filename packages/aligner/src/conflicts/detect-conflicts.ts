import type { Conflict, DateReference, Figure } from "@parallax/core";
import type { AlignUnit } from "../align/units.ts";
import {
  alignedAsOne,
  type ConflictContext,
  clauseLemmas,
  conflictEvidence,
  datesSpeech,
  hedgeOf,
  hedgesAgree,
  measureHead,
  SAME_WORDING,
  sameSubject,
  sameTime,
  statesSomething,
} from "./guards.ts";

export type { ConflictContext } from "./guards.ts";

/** Statements of one value that a large group holds many times over are compared through a few. */
const PER_VALUE = 4;

/**
 * The units worth comparing for disagreements: none when every key has a single value across the
 * group (the common case, checked in one pass), else at most a few units per key and value, so a
 * group of hundreds of copies stays cheap.
 */
function representatives(
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

function contains(range: Figure, value: number): boolean {
  return range.upperValue !== null && value >= range.value && value <= range.upperValue;
}

function equalValues(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

type Value = Conflict["values"][number];

/**
 * Every statement of the group that states one of the disputed values, one entry per article and
 * value: a row that names one outlet's "300" must not show another outlet that also says "300" as
 * not reporting it.
 */
function completeRow<T>(
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
      byValue.set(value, [...(byValue.get(value) ?? []), entry]);
    }
  }
  for (const value of values) for (const entry of byValue.get(value) ?? []) row.push(entry);
  return row;
}

/**
 * Figures that disagree inside a group: two statements aligned as one fact, about the same people
 * and the same year, each giving one figure of the same kind and unit that counts the same thing
 * (the same head noun, and the clauses holding them share a word or the statements are worded
 * alike), with values no hedge reconciles ("more than 30" and "35" agree). A range that contains the
 * other value is not a disagreement, nor a value the other statement also gives.
 */
export function figureConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const reported = new Set<string>();
  const units = representatives(
    allUnits,
    (unit) => unit.figures.map((f) => `${f.unit}|${f.kind}`),
    (unit, key) =>
      unit.figures.filter((f) => `${f.unit}|${f.kind}` === key).map((f) => String(f.value)),
  );
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex || !statesSomething(a) || !statesSomething(b)) continue;
      if (!alignedAsOne(a, b, context) || !sameSubject(a, b, context) || !sameTime(a, b)) continue;
      for (const fa of a.figures) {
        for (const fb of b.figures) {
          const found = figurePair(a, fa, b, fb, context);
          if (!found) continue;
          const key = `${fa.unit}|${[fa.value, fb.value].sort().join("|")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const head = measureHead(fa) ?? measureHead(fb);
          const toValue = (unit: AlignUnit, f: Figure): Value => ({
            articleId: unit.articleId,
            text: f.text,
            span: f.span,
          });
          conflicts.push({
            kind: fa.kind === "time" ? "time" : "figure",
            subject:
              fa.kind === "time"
                ? "time of day"
                : (fa.measure ?? fb.measure ?? `${fa.kind} (${fa.unit})`),
            values: completeRow(
              [toValue(a, fa), toValue(b, fb)],
              [...allUnits, ...elsewhere(fa, a, b, context), ...elsewhere(fb, a, b, context)],
              (unit) =>
                unit.figures.filter(
                  (f) =>
                    f.unit === fa.unit &&
                    f.kind === fa.kind &&
                    (measureHead(f) === null || measureHead(f) === head),
                ),
              (f) => String(f.value),
              [String(fa.value), String(fb.value)],
              toValue,
            ),
            evidence: conflictEvidence(a, b, context, found),
          });
        }
      }
    }
  }
  return conflicts;
}

/**
 * Statements outside the group that give the same value of the same thing (same unit, same head
 * noun, a clause sharing a word with one of the two statements in conflict): another outlet that
 * says "300 residents" in a sentence grouped elsewhere still belongs in the row.
 */
function elsewhere(
  figure: Figure,
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
): AlignUnit[] {
  const found = context.statingFigure?.(`${figure.unit}|${figure.value}`) ?? [];
  if (found.length === 0) return [];
  const head = measureHead(figure);
  const around = new Set([...a.lemmas, ...b.lemmas]);
  return found.filter((unit) =>
    unit.figures.some((f) => {
      if (f.unit !== figure.unit || !equalValues(f.value, figure.value)) return false;
      if (measureHead(f) !== head) return false;
      return [...clauseLemmas(unit, f.span.start, f.span.end)].some(
        (w) => w !== head && around.has(w),
      );
    }),
  );
}

/**
 * "85 million euros ($108 million)": a figure in parentheses right after another is that figure
 * converted (at some rate), not a value the outlet states of its own.
 */
function isConversion(unit: AlignUnit, figure: Figure): boolean {
  const offset = figure.span.start - unit.span.start;
  const before = unit.text.slice(Math.max(0, offset - 3), offset);
  if (!/\(\s*$/.test(before)) return false;
  const open = unit.span.start + offset - before.length + before.lastIndexOf("(");
  return unit.figures.some(
    (other) => other !== figure && other.span.end <= open && open - other.span.end <= 2,
  );
}

/** Why two figures count the same thing, or null when they need not. */
function figurePair(
  a: AlignUnit,
  fa: Figure,
  b: AlignUnit,
  fb: Figure,
  context: ConflictContext,
): { kind: "figure"; label: string; weight: number }[] | null {
  if (fa.unit !== fb.unit || fa.kind !== fb.kind || equalValues(fa.value, fb.value)) return null;
  if (contains(fa, fb.value) || contains(fb, fa.value)) return null;
  if (isConversion(a, fa) || isConversion(b, fb)) return null;
  // The same value elsewhere in the other statement means both outlets give it.
  if (
    a.figures.some((f) => f.unit === fb.unit && equalValues(f.value, fb.value)) ||
    b.figures.some((f) => f.unit === fa.unit && equalValues(f.value, fa.value))
  )
    return null;
  const ha = measureHead(fa);
  const hb = measureHead(fb);
  // Several figures of one unit in a statement ("178 of 369 punches", "the 36-year-old champion …
  // the 40-year-old American") pair only in order, when both give as many and just one differs.
  const ofKind = (unit: AlignUnit) =>
    unit.figures
      .filter((f) => f.unit === fa.unit && f.kind === fa.kind)
      .sort((x, y) => x.span.start - y.span.start);
  const left0 = ofKind(a);
  const right0 = ofKind(b);
  if (left0.length !== 1 || right0.length !== 1) {
    if (left0.length !== right0.length) return null;
    const differing = left0.filter((f, i) => !equalValues(f.value, (right0[i] as Figure).value));
    if (differing.length !== 1 || differing[0] !== fa || right0[left0.indexOf(fa)] !== fb)
      return null;
  }
  if (hedgesAgree(fa.value, hedgeOf(a, fa), fb.value, hedgeOf(b, fb))) return null;
  const alike = context.similarity(a, b) >= SAME_WORDING;
  const left = clauseLemmas(a, fa.span.start, fa.span.end);
  const right = clauseLemmas(b, fb.span.start, fb.span.end);
  const head = ha ?? hb ?? "";
  const shared = [...left].filter((w) => right.has(w) && w !== head && !head.startsWith(w));
  // Two clock times of one thing told alike ("at 2 a.m." / "at 3 a.m."): what happened then is in
  // the shared words, not in a measure.
  if (fa.kind === "time") {
    if (!alike && shared.length === 0) return null;
    return [
      {
        kind: "figure",
        label:
          shared.length > 0 ? `at the time of: ${shared.slice(0, 4).join(", ")}` : "worded alike",
        weight: 1,
      },
    ];
  }
  if (ha !== null && hb !== null) {
    if (ha !== hb) return null;
    if (shared.length === 0 && !alike) return null;
    return [
      { kind: "figure", label: `both count ${ha}`, weight: 1 },
      ...(shared.length > 0
        ? [
            {
              kind: "figure" as const,
              label: `said of: ${shared.slice(0, 4).join(", ")}`,
              weight: 1,
            },
          ]
        : []),
    ];
  }
  // One sum of money each, one of them without a stated measure, in statements worded alike or
  // clauses sharing a word ("could cost … $2 billion in annual sales" / "could cost … $3 billion a
  // year in lost sales"): they measure the same thing.
  if (fa.kind === "money" && (alike || shared.length > 0) && (ha === null || hb === null))
    return [
      {
        kind: "figure",
        label:
          shared.length > 0
            ? `one sum each, said of: ${shared.slice(0, 4).join(", ")}`
            : "one sum each in statements worded alike",
        weight: 1,
      },
    ];
  return null;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
const ABSOLUTE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{4}-\d\d-\d\d\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/**
 * The one day a statement gives for what it tells: a resolved day, or a weekday named (resolved or
 * not); null when it gives none or several.
 */
function dayOf(unit: AlignUnit): DateReference | null {
  const days = unit.dates.filter(
    (d) => d.precision === "day" && d.value && !d.id.endsWith("-anchor"),
  );
  const unresolvedWeekdays = unit.weekdays.filter((w) => !days.some((d) => d.id === w.id));
  const all = [...days, ...unresolvedWeekdays];
  return all.length === 1 ? (all[0] as DateReference) : null;
}

function dayKey(date: DateReference): string {
  const weekday = WEEKDAY.exec(date.text)?.[1]?.toLowerCase();
  return date.value ?? `weekday ${weekday}`;
}

/**
 * Whether two outlets' dates name different days: words alike ("on Friday" twice, "today" twice)
 * agree whatever each article's own day; two weekdays differ by name, resolved or not; otherwise both
 * must be resolved against a stated publication day, or written as calendar dates.
 */
function datesDiffer(x: DateReference, y: DateReference): boolean {
  if (x.text.trim().toLowerCase() === y.text.trim().toLowerCase()) return false;
  const wx = WEEKDAY.exec(x.text)?.[1]?.toLowerCase();
  const wy = WEEKDAY.exec(y.text)?.[1]?.toLowerCase();
  if (wx && wy) return wx !== wy;
  if (!x.value || !y.value || x.value === y.value) return false;
  if (x.endValue && y.value >= x.value && y.value <= x.endValue) return false;
  if (y.endValue && x.value >= y.value && x.value <= y.endValue) return false;
  if (ABSOLUTE.test(x.text) && ABSOLUTE.test(y.text)) return true;
  return x.status === "resolved" && y.status === "resolved";
}

/**
 * Dates that disagree inside a group: two statements aligned as one fact about the same people, each
 * giving one day, that name different days for what they tell (worded alike, or the clauses holding
 * the dates share a word: "arrived on Sunday" / "arrived on Monday").
 */
export function dateConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const units = representatives(
    allUnits.filter((unit) => dayOf(unit) !== null),
    () => ["day"],
    (unit) => [dayKey(dayOf(unit) as DateReference)],
  );
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const x = dayOf(a);
      const y = dayOf(b);
      if (!x || !y || !datesDiffer(x, y)) continue;
      if (datesSpeech(a, x.span.start) !== datesSpeech(b, y.span.start)) continue;
      if (!alignedAsOne(a, b, context) || !sameSubject(a, b, context)) continue;
      const left = clauseLemmas(a, x.span.start, x.span.end);
      const right = clauseLemmas(b, y.span.start, y.span.end);
      const shared = [...left].filter((w) => right.has(w));
      if (context.similarity(a, b) < SAME_WORDING && shared.length === 0) continue;
      const toValue = (unit: AlignUnit, d: DateReference): Value => ({
        articleId: unit.articleId,
        text: d.text,
        span: d.span,
      });
      return [
        {
          kind: "date",
          subject: "date of the event",
          values: completeRow(
            [toValue(a, x), toValue(b, y)],
            allUnits,
            (unit) => {
              const day = dayOf(unit);
              return day ? [day] : [];
            },
            dayKey,
            [dayKey(x), dayKey(y)],
            toValue,
          ),
          evidence: conflictEvidence(a, b, context, [
            {
              kind: "date",
              label: shared.length > 0 ? `dated: ${shared.slice(0, 4).join(", ")}` : "one day each",
              weight: 1,
            },
          ]),
        },
      ];
    }
  }
  return [];
}
