import { type Conflict, type DateReference, looksLikeNewsOutlet } from "@parallax/core";
import { TELLING_FORMS } from "../../../lexicons/reporting-verbs.ts";
import { perText } from "../../align/per-text.ts";
import type { AlignUnit } from "../../align/units.ts";
import { escapeRegExp } from "../../escape-regexp.ts";
import type { ConflictContext } from "../guards.ts";
import { dayClauseLemmas } from "./day-clause.ts";
import { daysOf } from "./day-values.ts";

/** A statement's day for a happening. */
export type DayEntry = { unit: AlignUnit; date: DateReference };

/** The statement and day behind each value of a date row: what a completion compares a candidate with. */
export function rowDays(row: Conflict, units: readonly AlignUnit[]): DayEntry[] {
  const sides: DayEntry[] = [];
  for (const v of row.values) {
    const unit = units.find(
      (u) =>
        u &&
        u.articleId === v.articleId &&
        v.span !== null &&
        u.span.start <= v.span.start &&
        v.span.end <= u.span.end,
    );
    const date = unit && daysOf(unit).find((d) => d.span.start === v.span?.start);
    if (unit && date) sides.push({ unit, date });
  }
  return sides;
}

/**
 * Whether two statements name one participant of the happening: a person or organisation both
 * name (speakers aside); when neither names any, a place both name or a word both days' clauses
 * share ("a deputy died after a shooting Sunday" / "a deputy was shot Friday").
 * A happening keyed through an article's protagonist ("the actress checked in on Friday") may be
 * another person's in a story of two alike events: a statement naming someone is not compared with
 * one naming nobody.
 */
export function shareParticipant(
  x: DayEntry,
  y: DayEntry,
  context: ConflictContext,
  standIns: ReadonlyMap<number, string>,
  /** Leave news outlets out ("…, state television reported, cited by AFP"): they tell the
   * happening, they take no part in it. */
  withoutOutlets = false,
  /** Count a story name written in a statement that entity reading passed over (one happening's
   * two days: a statement naming someone is not set against one naming nobody). */
  namesInWords = false,
): boolean {
  const a = x.unit;
  const b = y.unit;
  // A described person is set against the named one, not against another description: two
  // statements naming nobody ("crews were called to the store on Friday" / "… on Sunday") may
  // tell two alike happenings.
  const describes = !(standIns.has(a.index) && standIns.has(b.index));
  const left = whoTakesPart(a, context, withoutOutlets, describes ? standIns : NO_STAND_INS);
  const right = new Set(
    whoTakesPart(b, context, withoutOutlets, describes ? standIns : NO_STAND_INS),
  );
  if (left.length > 0 || right.size > 0)
    return (
      left.some((id) => right.has(id) || someOf(right, (r) => oneName(id, r, context))) ||
      left.some((id) => namedInWords(b, id, context)) ||
      someOf(right, (id) => namedInWords(a, id, context))
    );
  if (someOf(a.entities, (id) => b.entities.has(id))) return true;
  // A story name written where entity reading passed over it ("their Vell service was restored on
  // 11 October" / "the ferry operator restored services to its passengers on 14 October"): the statement
  // names someone after all, and is not set against one naming nobody or someone else. It only
  // refuses: a name shared this way ("Gulf" of "the Gulf island") is no participant on its own.
  if (namesInWords) {
    const left = writtenTakingPart(a, context, withoutOutlets);
    const right = writtenTakingPart(b, context, withoutOutlets);
    if (
      (left.length > 0 || right.length > 0) &&
      !left.some((id) => right.some((r) => r === id || oneName(id, r, context)))
    )
      return false;
  }
  const around = dayClauseLemmas(b, y.date);
  return someOf(dayClauseLemmas(a, x.date), (w) => around.has(w));
}

/*
 * The two readings below are functions of their own, not closures made per call: a date pass asks
 * `shareParticipant` for every pair of days it compares, and the bench runs under tsx, whose
 * `keepNames` renames each named closure as it is made (1% of the 1,000-article bench's samples).
 */

const NO_STAND_INS: ReadonlyMap<number, string> = new Map();

/**
 * The entities a statement names that take part in what it tells, then the person it describes
 * when it names no person ("police arrested a woman"), from `standIns`.
 */
function whoTakesPart(
  unit: AlignUnit,
  context: ConflictContext,
  withoutOutlets: boolean,
  standIns: ReadonlyMap<number, string>,
): string[] {
  const standIn = standIns.get(unit.index);
  return [
    ...takingPart(unit, context, withoutOutlets),
    ...(standIn !== undefined ? [standIn] : []),
  ];
}

/** The story names a statement writes where entity reading passed over them, taking part. */
function writtenTakingPart(
  unit: AlignUnit,
  context: ConflictContext,
  withoutOutlets: boolean,
): string[] {
  return namedOnlyInWords(unit, context).filter((id) =>
    takesPart(unit, id, context, withoutOutlets),
  );
}

/** Whether an entity a statement names takes part in what it tells (see `shareParticipant`). */
function takesPart(
  unit: AlignUnit,
  id: string,
  context: ConflictContext,
  withoutOutlets: boolean,
): boolean {
  return (
    !unit.speakers.has(id) &&
    !context.isPlace?.(id) &&
    !tellsIt(unit, context.entityName(id)) &&
    !(withoutOutlets && looksLikeNewsOutlet(context.entityName(id)))
  );
}

/** A key standing for a context without `isPlace` (a WeakMap takes objects only). */
const NO_PLACES = {};

/**
 * The entities a statement names that take part in what it tells, in the order it names them,
 * read once per statement and story (its `entityName` and `isPlace`): every pair of days a date
 * pass compares asked it again of both statements (~48,000 row completions on the generated
 * 1,000-article story), each reading the text around every name (`tellsIt`).
 */
const takingPartOf = new WeakMap<
  (id: string) => string,
  WeakMap<object, WeakMap<AlignUnit, { with?: string[]; without?: string[] }>>
>();
function takingPart(
  unit: AlignUnit,
  context: ConflictContext,
  withoutOutlets: boolean,
): readonly string[] {
  let byPlaces = takingPartOf.get(context.entityName);
  if (!byPlaces) {
    byPlaces = new WeakMap();
    takingPartOf.set(context.entityName, byPlaces);
  }
  const placesKey = context.isPlace ?? NO_PLACES;
  let byUnit = byPlaces.get(placesKey);
  if (!byUnit) {
    byUnit = new WeakMap();
    byPlaces.set(placesKey, byUnit);
  }
  let known = byUnit.get(unit);
  if (!known) {
    known = {};
    byUnit.set(unit, known);
  }
  const slot = withoutOutlets ? "without" : "with";
  let ids = known[slot];
  if (!ids) {
    ids = [...unit.entities].filter((id) => takesPart(unit, id, context, withoutOutlets));
    known[slot] = ids;
  }
  return ids;
}

/** `[...items].some(test)` without the copy: these checks run for every day pair compared. */
function someOf<T>(items: Iterable<T>, test: (item: T) => boolean): boolean {
  for (const item of items) if (test(item)) return true;
  return false;
}

/**
 * Whether a statement's words name a participant its entities miss: entity reading can pass over a
 * name in a long sentence ("Using the holiday for cover, the Harbour Board on Friday issued new
 * rules"), and the other outlet's "the Harbour Board announced the rules on Sunday" names it. The
 * whole name, of two words or more, as written, and not as the one telling it.
 */
function namedInWords(
  unit: AlignUnit,
  id: string,
  context: ConflictContext,
  /** One word is enough where the name only tells whether a statement names someone. */
  fewestWords = 2,
): boolean {
  if (unit.entities.has(id)) return false;
  const name = context.entityName(id).trim();
  if (name.split(/\s+/).length < fewestWords || looksLikeNewsOutlet(name)) return false;
  const known = namesInText(unit);
  let named = known.get(name);
  if (named === undefined) {
    const escaped = escapeRegExp(name);
    named =
      new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "u").test(unit.text) &&
      !tellsIt(unit, name);
    known.set(name, named);
  }
  return named;
}

/**
 * The story's entities (any statement's) whose whole name a statement writes, one word being
 * enough, although entity reading gave it no mention there. Read once per story and statement: day
 * pair checks ask it for every pair a statement meets. None without the story's statements (unit
 * tests of one check).
 */
function namedOnlyInWords(unit: AlignUnit, context: ConflictContext): readonly string[] {
  const story = context.storyUnits;
  if (!story) return [];
  let known = readingsOfStory.get(story);
  if (!known) {
    const found = new Set<string>();
    for (const other of story) if (other) for (const id of other.entities) found.add(id);
    known = { ids: [...found], byUnit: new WeakMap() };
    readingsOfStory.set(story, known);
  }
  let named = known.byUnit.get(unit);
  if (!named) {
    named = known.ids.filter(
      (id) =>
        namedInWords(unit, id, context, 1) && !onlyWhere(unit.text, context.entityName(id).trim()),
    );
    known.byUnit.set(unit, named);
  }
  return named;
}

/** A preposition of place and up to two words before a name: "at a Vell store", "in the Gulf". */
export const WHERE_BEFORE =
  /\b(?:at|in|near|outside|inside|across|off|into)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * Whether every time a statement writes a name it says where, not who ("after a fire at a Vell
 * store on Sunday"): a place is no participant (`shareParticipant` leaves places out), nor is a
 * name standing for one.
 */
function onlyWhere(text: string, name: string): boolean {
  const escaped = escapeRegExp(name);
  const found = [...text.matchAll(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "gu"))];
  return found.length > 0 && found.every((m) => WHERE_BEFORE.test(text.slice(0, m.index)));
}

const readingsOfStory = new WeakMap<
  readonly AlignUnit[],
  { ids: readonly string[]; byUnit: WeakMap<AlignUnit, readonly string[]> }
>();

// Read once per text and name (the text alone decides it, per-text.ts): day pair checks ask it for
// every pair of dated statements they compare, a new pattern each time.
const namesInText = perText(() => new Map<string, boolean>());

/** A verb of telling right after a name ("Dana Vey reports that …", "Vey said"). */
const TELLING_AFTER = new RegExp(`^\\s+(?:${TELLING_FORMS})\\b`, "i");
/** A verb of telling, then at most a title of four words, right before a name ("…, says Chief Dana Vey"). */
const TELLING_BEFORE = new RegExp(
  `\\b(?:${TELLING_FORMS}|according\\s+to)\\s+(?:[\\p{Lu}][\\p{L}.’'-]*\\s+){0,4}$`,
  "u",
);

/**
 * Whether a statement names someone only as the one telling it, whom attribution did not read as
 * its speaker ("Reporter Dana Vey reports that the fire started Friday"; "…, says District
 * Attorney Lou Brandt"): a teller takes no part in the happening told.
 */
function tellsIt(unit: AlignUnit, name: string): boolean {
  const last = name.trim().split(/\s+/).at(-1);
  if (!last || last.length < 2) return false;
  let seen = false;
  for (let at = unit.text.indexOf(last); at >= 0; at = unit.text.indexOf(last, at + 1)) {
    const before = unit.text.slice(Math.max(0, at - 60), at);
    const after = unit.text.slice(at + last.length, at + last.length + 16);
    if (/^[\p{L}]/u.test(after) || /[\p{L}]$/u.test(before)) continue;
    // After a verb of telling, a name tells only when it closes the clause ("…, says Lou Brandt."):
    // "police said Dana Vey was arrested" names who was arrested.
    const closes = /^\s*(?:[.,;)]|$)/.test(after);
    if (!TELLING_AFTER.test(after) && !(closes && TELLING_BEFORE.test(before))) return false;
    seen = true;
  }
  return seen;
}

/**
 * Whether two story entities are one person named in full and by part ("Dora Pell" / "Pell"):
 * entity resolution may leave a surname apart from the full name; every word of the shorter name
 * is a word of the longer one.
 */
function oneName(x: string, y: string, context: ConflictContext): boolean {
  const a = nameWords(x, context.entityName);
  const b = nameWords(y, context.entityName);
  if (a.length === b.length) return false;
  const short = a.length < b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length === 0) return false;
  return short.every((w) => long.includes(w));
}

/**
 * An entity's name as lower-case words, split once per story (by its `entityName`): day pair checks
 * compare the names of every two participants they meet.
 */
const nameWordsOf = new WeakMap<(id: string) => string, Map<string, readonly string[]>>();
function nameWords(id: string, entityName: (id: string) => string): readonly string[] {
  let byId = nameWordsOf.get(entityName);
  if (!byId) {
    byId = new Map();
    nameWordsOf.set(entityName, byId);
  }
  let words = byId.get(id);
  if (words === undefined) {
    words = entityName(id).toLowerCase().split(/\s+/).filter(Boolean);
    byId.set(id, words);
  }
  return words;
}
