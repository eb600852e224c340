import type { Evidence, Figure } from "@parallax/core";
import { FIGURE_HEDGES } from "../../lexicons/figure-hedges.ts";
import { SPEECH_DATE_LEADS, SPEECH_DATING_FORMS } from "../../lexicons/reporting-verbs.ts";
import { perUnit } from "../align/per-unit.ts";
import type { AlignUnit } from "../align/units.ts";
import type { ArticleSimilarity } from "../article-similarity.ts";
import { namedInCommon, namedOf } from "./named-ids.ts";
import type { RefusalSink } from "./refusals.ts";

// The clause reading of a value lives in value-clause.ts; its checks stay importable from here.
export {
  clauseAround,
  clauseLemmas,
  clausesShareVerb,
  prospectiveAt,
  valueVerb,
} from "./value-clause.ts";

/**
 * What a conflict check may ask about the story: how alike two statements are, whether they were
 * aligned to each other, and the names of story entities.
 */
export type ConflictContext = {
  /** Lexical similarity of two units in [0, 1]. */
  similarity: (a: AlignUnit, b: AlignUnit) => number;
  entityName: (storyEntityId: string) => string;
  /**
   * The evidence that aligned two units directly (the scored pair), or undefined when they were only
   * grouped through others. Absent in unit tests of a single check: every pair then counts as aligned.
   */
  pairEvidence?: (a: AlignUnit, b: AlignUnit) => readonly Evidence[] | undefined;
  isPlace?: (storyEntityId: string) => boolean;
  /** Whether a story entity is a person (not an organisation, an outlet or "Authorities"). */
  isPerson?: (storyEntityId: string) => boolean;
  /** Likeness of the story's articles as wholes. Absent in unit tests: every article alike. */
  articles?: ArticleSimilarity;
  /**
   * The story's statements that state a given figure value (`${unit}|${value}`), for completing a
   * conflict row with outlets that give one of the values in another group. Absent in unit tests.
   */
  statingFigure?: (key: string) => readonly AlignUnit[];
  /**
   * Every statement of the story, for completing a conflict row with outlets that tell the same
   * thing in a statement grouped elsewhere. Absent in unit tests: the checked statements only.
   */
  storyUnits?: readonly AlignUnit[];
  /**
   * Set when two statements are compared that alignment did not group (a lone statement and its
   * best match): a figure or day is then compared only when the clauses holding them share a verb.
   */
  sharedVerb?: boolean;
  /**
   * Set with `sharedVerb` when the two statements tell one story event (events/story-events.ts):
   * two figures of the very same measure, word for word ("four armed robbers" / "eight armed
   * robbers"), then need no verb both clauses share, only no two verbs of different happenings.
   */
  sameMeasureVouches?: boolean;
  /**
   * A diagnostic run's sink for the pairs a check refused and the guard that refused each
   * (refusals.ts). Absent in every comparison shown: no check reads it to decide anything.
   */
  refused?: RefusalSink;
};

/** Lexical similarity at which two grouped statements are worded as one report of one fact. */
export const SAME_WORDING = 0.5;

/**
 * Whether two statements of a group were aligned as the same fact: scored as a pair, or worded
 * alike. A group joins statements through chains (A like B, B like C); a disagreement is only read
 * between two that are each other's match.
 */
export function alignedAsOne(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  if (!sameEvent(a, b, context)) return false;
  if (!context.pairEvidence) return true;
  return context.pairEvidence(a, b) !== undefined || context.similarity(a, b) >= SAME_WORDING;
}

/** Share of the story's typical article likeness two articles need to tell one event. */
const SAME_EVENT_LIKENESS = 0.5;

/**
 * Whether two statements' articles tell the same event: a story can hold two alike events (two
 * jewellery heists in Paris, two earthquakes in Iran), and "killing 10" in one is no disagreement
 * with "injuring five" in the other. Articles far less alike than the story's typical pair (who
 * they name, which words they use) tell different events.
 */
export function sameEvent(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  const articles = context.articles;
  if (!articles) return true;
  return articles.between(a.articleIndex, b.articleIndex) >= SAME_EVENT_LIKENESS * articles.typical;
}

/**
 * How many statements open an article: its lead, where news tells the story's own facts. Later
 * statements mix in background — last season's statistics, an earlier fire, another offer — whose
 * figures and days are other occasions' (on ECB+ train most false figure conflicts set two such
 * background statements against each other). There a disagreement is read only between statements
 * worded alike.
 */
export const LEAD_STATEMENTS = 6;

/** Whether one of two statements lies after its article's lead. */
export function outsideLead(a: AlignUnit, b: AlignUnit): boolean {
  return a.position >= LEAD_STATEMENTS || b.position >= LEAD_STATEMENTS;
}

/** Lexical similarity at which two statements are one report in nearly the same words. */
export const ONE_REPORT = 0.7;

/**
 * Whether two statements may be compared although one lies after its article's lead. Background
 * is told in set phrases — a season's statistics ("N yards and N touchdowns"), a term served, a
 * count of damaged shops — so two background lines worded alike are often two facts in one
 * template (another season, another city). They are compared only when told as one report: worded
 * nearly the same, or worded alike and about a person or organisation both name (speakers and
 * places aside: "in Athens" does not make two counts one).
 */
export function backgroundComparable(
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
): boolean {
  if (!outsideLead(a, b)) return true;
  const similarity = context.similarity(a, b);
  if (similarity >= ONE_REPORT) return true;
  if (similarity < SAME_WORDING) return false;
  return namedInCommon(a, b, context.isPlace) > 0;
}

/** Content words a statement needs besides its figures and dates to say what happened. */
const MIN_CONTENT_WORDS = 3;

/**
 * "Updated 4:08 p.m. ET", "2 October 2013, 15:39": a time stamp, not a statement of fact. Asked
 * for every pair of a group's statements: read once per statement.
 */
export const statesSomething: (unit: AlignUnit) => boolean = perUnit((unit) => {
  let count = 0;
  for (const lemma of unit.lemmas) {
    if (!THREE_LETTERS.test(lemma)) continue;
    count += 1;
    if (count >= MIN_CONTENT_WORDS) return true;
  }
  return false;
});

const THREE_LETTERS = /\p{L}{3}/u;

/** A verb of saying (SPEECH_DATING_FORMS) just before a date, perhaps with "on", "late" or "last". */
const SPEECH_BEFORE = new RegExp(
  `\\b(?:${SPEECH_DATING_FORMS})(?:\\s+(?:${SPEECH_DATE_LEADS}))?\\s*$`,
  "i",
);

/**
 * Whether a date tells when something was said ("authorities said Saturday") rather than when it
 * happened: the two are different facts, never compared with each other.
 */
export function datesSpeech(unit: AlignUnit, start: number): boolean {
  const offset = start - unit.span.start;
  if (offset < 0 || offset > unit.text.length) return false;
  return SPEECH_BEFORE.test(unit.text.slice(Math.max(0, offset - 24), offset));
}

/**
 * Whether two statements can be about the same people: when each names someone (places aside, and
 * speakers aside, who are compared on their own), they must share one.
 */
export function sameSubject(a: AlignUnit, b: AlignUnit, context: ConflictContext): boolean {
  const left = namedOf(a, context.isPlace);
  const right = namedOf(b, context.isPlace);
  if (left.size === 0 || right.size === 0) return true;
  for (const id of left) if (right.has(id)) return true;
  return false;
}

const YEAR = /\b(?:19|20)\d\d\b/g;

/**
 * The years a statement names ("in 2013", "2014–15"): a figure of another year is another fact.
 * Read once per statement (read-only to callers).
 */
const yearsOf = perUnit((unit): ReadonlySet<string> => {
  const years = new Set<string>();
  for (const match of unit.text.matchAll(YEAR)) years.add(match[0]);
  return years;
});

/** Whether two statements can be about the same time: they name no different years or days. */
export function sameTime(a: AlignUnit, b: AlignUnit): boolean {
  const ya = yearsOf(a);
  const yb = yearsOf(b);
  if (ya.size > 0 && yb.size > 0 && ![...ya].some((y) => yb.has(y))) return false;
  return true;
}

/** Evidence for a conflict: the pair's own alignment evidence, then what the check itself found. */
export function conflictEvidence(
  a: AlignUnit,
  b: AlignUnit,
  context: ConflictContext,
  found: Evidence[],
): Evidence[] {
  const pair = context.pairEvidence?.(a, b) ?? [];
  const shared = [...a.entities].filter((id) => b.entities.has(id) && !context.isPlace?.(id));
  const byKey = new Map<string, Evidence>();
  for (const item of [
    ...found,
    ...shared.map((id) => ({ kind: "entity" as const, label: context.entityName(id), weight: 0 })),
    ...pair,
  ]) {
    const key = `${item.kind}\u0000${item.label}`;
    if (!byKey.has(key)) byKey.set(key, item);
  }
  const similarity = Math.round(context.similarity(a, b) * 1e4) / 1e4;
  return [
    ...byKey.values(),
    { kind: "lexical" as const, label: "statements' wording alike", weight: similarity },
  ].slice(0, 8);
}

/** Words before a figure that make it a bound or an estimate rather than a count (FIGURE_HEDGES). */
const HEDGE = new RegExp(`\\b(${[...FIGURE_HEDGES.keys()].join("|")})\\s*$`, "i");

export type Hedge = "lower" | "upper" | "about" | "more" | null;

export function hedgeOf(unit: AlignUnit, figure: Figure): Hedge {
  const offset = figure.span.start - unit.span.start;
  if (offset < 0 || offset > unit.text.length) return null;
  const match = HEDGE.exec(unit.text.slice(Math.max(0, offset - 24), offset));
  if (!match) return null;
  // "a further 20,000", "another 12" are "more": an addition to something else, not the total.
  return FIGURE_HEDGES.get((match[1] as string).toLowerCase()) ?? "about";
}

/**
 * Whether a hedged value is consistent with another outlet's value ("more than 30" and "35").
 * `aboutWithin` is how far an "about" value may be off: 15% of it unless given (a clock time,
 * counted in minutes after midnight, is "around 10 a.m." within minutes, not hours).
 */
export function hedgesAgree(
  a: number,
  ha: Hedge,
  b: number,
  hb: Hedge,
  aboutWithin?: number,
): boolean {
  // "a further 20,000" against "another 40,000": two outlets adding to one total disagree; an
  // addition against a total says nothing.
  if ((ha === "more") !== (hb === "more")) return true;
  if (ha === "more") return false;
  const fits = (value: number, hedge: Hedge, other: number) =>
    hedge === "lower"
      ? other >= value
      : hedge === "upper"
        ? other <= value
        : hedge === "about"
          ? Math.abs(other - value) <= (aboutWithin ?? 0.15 * Math.abs(value))
          : false;
  // Two bounds of one kind ("up to $2 billion", "as much as $3 billion") disagree like two counts.
  if (ha && hb && ha === hb) return ha === "about" && fits(a, ha, b);
  if (ha && hb) return ha !== "lower" || hb !== "upper" ? true : a <= b;
  if (ha) return fits(a, ha, b);
  if (hb) return fits(b, hb, a);
  return false;
}
