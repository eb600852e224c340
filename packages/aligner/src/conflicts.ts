import { type Conflict, type Figure, type StoryEntity, titleLabel } from "@parallax/core";
import { dayGap } from "./align-days.ts";
import { OPTIMISTIC, PESSIMISTIC } from "./align-stance.ts";
import type { AlignUnit } from "./align-units.ts";

export type ConflictContext = {
  /** Lexical similarity of two units in [0, 1]. */
  similarity: (a: AlignUnit, b: AlignUnit) => number;
  entityName: (storyEntityId: string) => string;
};

function measureWords(figure: Figure): Set<string> {
  return new Set(
    (figure.measure ?? "")
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !["the", "and", "for", "of"].includes(w)),
  );
}

function sameMeasure(a: Figure, b: Figure): boolean {
  const left = measureWords(a);
  const right = measureWords(b);
  if (left.size === 0 || right.size === 0) return false;
  for (const word of left) if (right.has(word)) return true;
  return false;
}

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

/**
 * Figures that disagree inside a group: the same kind and unit about the same thing (their measures
 * share a word, or the statements are worded alike and each gives one such figure) with different
 * values. A range that contains the other value is not a disagreement.
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
      if (a.articleIndex === b.articleIndex) continue;
      for (const fa of a.figures) {
        for (const fb of b.figures) {
          if (fa.unit !== fb.unit || fa.kind !== fb.kind || fa.value === fb.value) continue;
          if (contains(fa, fb.value) || contains(fb, fa.value)) continue;
          // The same value elsewhere in the other statement means both outlets give it.
          if (
            a.figures.some((f) => f.value === fb.value) ||
            b.figures.some((f) => f.value === fa.value)
          )
            continue;
          const single =
            a.figures.filter((f) => f.unit === fa.unit).length === 1 &&
            b.figures.filter((f) => f.unit === fb.unit).length === 1;
          const alike = single && context.similarity(a, b) >= 0.5;
          // One sum of money each, one of them without a stated measure: in statements already
          // grouped as the same thing, they measure the same thing.
          const unstated =
            single && fa.kind === "money" && (fa.measure === null || fb.measure === null);
          if (!sameMeasure(fa, fb) && !alike && !unstated) continue;
          const key = `${fa.unit}|${[fa.value, fb.value].sort().join("|")}`;
          if (reported.has(key)) continue;
          reported.add(key);
          conflicts.push({
            kind: "figure",
            subject: fa.measure ?? fb.measure ?? `${fa.kind} (${fa.unit})`,
            values: [
              { articleId: a.articleId, text: fa.text, span: fa.span },
              { articleId: b.articleId, text: fb.text, span: fb.span },
            ],
          });
        }
      }
    }
  }
  return conflicts;
}

/**
 * Dates that disagree inside a group: two statements worded alike, each giving one day, on
 * different days.
 */
export function dateConflicts(
  allUnits: readonly AlignUnit[],
  context: ConflictContext,
): Conflict[] {
  const conflicts: Conflict[] = [];
  const days = (unit: AlignUnit) => unit.dates.filter((d) => d.precision === "day" && d.value);
  const units = representatives(
    allUnits.filter((unit) => days(unit).length === 1),
    () => ["day"],
    (unit) => days(unit).map((d) => d.value as string),
  );
  for (let i = 0; i < units.length; i += 1) {
    for (let j = i + 1; j < units.length; j += 1) {
      const a = units[i] as AlignUnit;
      const b = units[j] as AlignUnit;
      if (a.articleIndex === b.articleIndex) continue;
      const da = days(a);
      const db = days(b);
      if (da.length !== 1 || db.length !== 1) continue;
      const x = da[0];
      const y = db[0];
      if (!x || !y || x.value === y.value) continue;
      if (x.endValue && y.value && y.value >= (x.value as string) && y.value <= x.endValue)
        continue;
      if (y.endValue && x.value && x.value >= (y.value as string) && x.value <= y.endValue)
        continue;
      if (context.similarity(a, b) < 0.5) continue;
      conflicts.push({
        kind: "date",
        subject: "date of the event",
        values: [
          { articleId: a.articleId, text: x.text, span: x.span },
          { articleId: b.articleId, text: y.text, span: y.span },
        ],
      });
    }
  }
  return conflicts.slice(0, 1);
}

/** The same words credited to different people: each outlet's speaker is a value. */
export function speakerConflicts(
  units: readonly AlignUnit[],
  clashes: readonly [number, number][],
  context: ConflictContext,
): Conflict[] {
  const byIndex = new Map(units.map((u) => [u.index, u] as const));
  const conflicts: Conflict[] = [];
  for (const [ia, ib] of clashes) {
    const a = byIndex.get(ia);
    const b = byIndex.get(ib);
    if (!a || !b) continue;
    conflicts.push({
      kind: "speaker",
      subject: "who said it",
      values: [
        {
          articleId: a.articleId,
          text: [...a.speakers].map(context.entityName).join(", "),
          span: a.span,
        },
        {
          articleId: b.articleId,
          text: [...b.speakers].map(context.entityName).join(", "),
          span: b.span,
        },
      ],
    });
  }
  return conflicts.slice(0, 1);
}

const ABOUT_TALKS = new Set(["talk", "deal", "issue", "differ", "conclude", "resolve", "progress"]);
/** Opposite assessments count as one disagreement only when made this close in time. */
const STANCE_WINDOW_DAYS = 2;

export type StanceFinding = { units: AlignUnit[]; conflict: Conflict };

function phraseValue(unit: AlignUnit, pattern: RegExp): Conflict["values"][number] {
  const match = pattern.exec(unit.text);
  if (!match) return { articleId: unit.articleId, text: unit.text, span: unit.span };
  const start = unit.span.start + match.index;
  return {
    articleId: unit.articleId,
    text: match[0],
    span: { articleId: unit.span.articleId, start, end: start + match[0].length },
  };
}

/**
 * Different people's opposite assessments of the same talks within a couple of days ("very close to a
 * deal" vs "at an impasse"), each attributed: one finding per optimistic statement, naming every
 * pessimistic counterpart. Statements without a resolved speaker and day are left out: an unattributed
 * mood is the outlet's, and a change of mind over a week is the story moving, not a disagreement.
 */
export function stanceFindings(
  units: readonly AlignUnit[],
  entityName: (id: string) => string,
): StanceFinding[] {
  const attributed = units.filter(
    (u) => u.speakers.size > 0 && u.saidOn !== null && u.lemmas.some((l) => ABOUT_TALKS.has(l)),
  );
  const up = attributed.filter((u) => u.stance === 1);
  const down = attributed.filter((u) => u.stance === -1);
  const findings: StanceFinding[] = [];
  const seenSpeakers = new Set<string>();
  for (const optimistic of up) {
    const counterparts = down.filter(
      (d) =>
        ![...d.speakers].some((id) => optimistic.speakers.has(id)) &&
        dayGap(d.saidOn as string, optimistic.saidOn as string) <= STANCE_WINDOW_DAYS,
    );
    // One counterpart per speaker, and each pairing of speakers reported once.
    const chosen: AlignUnit[] = [];
    for (const d of counterparts) {
      const key = `${[...optimistic.speakers].sort().join("+")}|${[...d.speakers].sort().join("+")}`;
      if (seenSpeakers.has(key)) continue;
      seenSpeakers.add(key);
      chosen.push(d);
    }
    if (chosen.length === 0) continue;
    const who = (u: AlignUnit) => [...u.speakers].map(entityName).join(", ");
    findings.push({
      units: [optimistic, ...chosen],
      conflict: {
        kind: "stance",
        subject: `state of the talks: ${who(optimistic)} vs ${chosen.map(who).join(", ")}`,
        values: [
          phraseValue(optimistic, OPTIMISTIC),
          ...chosen.map((d) => phraseValue(d, PESSIMISTIC)),
        ],
      },
    });
  }
  return findings;
}

/** Words that change what a title means, not how it is translated. */
const STATUS_MARKERS = [
  "former",
  "ex",
  "late",
  "acting",
  "interim",
  "outgoing",
  "designate",
  "elect",
] as const;
const RANK_MARKERS = ["deputy", "vice", "assistant", "vice-"] as const;

function titleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\bu\.?s\.?\b/g, "us")
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
}

/**
 * Titles of one person that differ in substance between outlets: one calls the sitting president
 * "former", or one says "deputy minister" where another says "minister". Translations of one post
 * ("director of national policy", "chief of staff for policy") are shown side by side, not flagged.
 */
export function titleConflicts(entity: StoryEntity): Conflict[] {
  const titles = entity.titles;
  if (new Set(titles.map((t) => t.articleId)).size < 2) return [];
  // Status, rank and the post's head word are in the words before the name ("former", "Deputy",
  // "Minister"); a qualifier names the office the post is in ("of the Ministry of Trade, Industry
  // and Energy"), whose words say nothing about this person's rank and are shared by every post
  // in that office. So titles are compared without their qualifiers and shown with them.
  const words = titles.map((title) => titleWords(title.text));
  for (const marker of [...STATUS_MARKERS, ...RANK_MARKERS]) {
    const withMarker = titles.findIndex((_, i) => words[i]?.includes(marker));
    if (withMarker < 0) continue;
    const marked = titles[withMarker] as (typeof titles)[number];
    const head = (words[withMarker] as string[]).filter(
      (w) =>
        !(STATUS_MARKERS as readonly string[]).includes(w) &&
        !(RANK_MARKERS as readonly string[]).includes(w),
    );
    // One differing title per other article, so every outlet's wording is on the record.
    const others = new Map<string, (typeof titles)[number]>();
    titles.forEach((title, i) => {
      if (title.articleId === marked.articleId || others.has(title.articleId)) return;
      if (words[i]?.includes(marker)) return;
      if (head.some((w) => w.length > 3 && words[i]?.includes(w)))
        others.set(title.articleId, title);
    });
    if (others.size === 0) continue;
    return [
      {
        kind: "title",
        subject: `${entity.name}'s title`,
        // The whole title as the user reads it; the span runs from the title to the end of a post
        // written after the name ("Minister Kim Jung-kwan of the Ministry of …"), so a highlight
        // shows all of it.
        values: [marked, ...others.values()].map((t) => ({
          articleId: t.articleId,
          text: titleLabel(t),
          span: t.qualifier ? { ...t.span, end: t.qualifier.span.end } : t.span,
        })),
      },
    ];
  }
  return [];
}
