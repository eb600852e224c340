import type { Conflict, Figure } from "@parallax/core";
import { NEED_WORDS, NOT_THE_BAR_WORDS } from "../../../lexicons/bar-words.ts";
import {
  DETERMINERS,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
} from "../../../lexicons/function-words.ts";
import { PARTY_WORDS } from "../../../lexicons/party-words.ts";
import type { AlignUnit } from "../../align/units.ts";
import { singular } from "../../extract/figure-nouns.ts";
import { type ConflictContext, sameSubject } from "../guards.ts";
import { barOwners } from "./bar-owners.ts";
import { type HeldFigure, heldFigureConflicts } from "./held-figure-rows.ts";
import { measureWords } from "./measures.ts";
import { GENERIC_BAR_BEFORE } from "./moods.ts";

/*
 * A bar to reach said of no one in particular — "It takes 1,200 votes to win the Norland
 * nomination", "a candidate must win 1,200 votes to secure the nomination", "the 1,200 votes needed
 * to win the nomination" — is one fixed number of the story, told wherever an article recalls it
 * (often far past its lead, as background no statement of another outlet is grouped with). Two
 * outlets giving another number for the same bar disagree. Only a generic bar counts: "Vint needs
 * 300 votes to win the nomination" is what one candidate still lacks, a number that shrinks.
 */

/** "the 1,200 votes needed to win": the definite article before, a word of need after the noun. */
const NEEDED_AFTER = new RegExp(String.raw`^\s*(?:${NEED_WORDS.join("|")})\b`, "iu");
const THE_BEFORE = /\b[Tt]he\s+$/;
/** Before a bar whose noun is left out: "the 1,200 needed", "the magic number of 1,200 needed". */
const ELIDED_BEFORE = /\b(?:[Tt]he|number\s+of)\s+$/;

/** What the bar is for, after it ("to win the nomination", "for a majority"), up to the clause's end. */
const GOAL_AFTER = /^\s*(?:to\s+\p{L}+|for)\s+([^,;:.!?]+)/u;
/** The goal opening the sentence: "To secure the nomination, a candidate must win 1,200 votes". */
const GOAL_BEFORE = /^\W*To\s+\p{L}+\s+([^,;:.!?]+),/u;

/** Words that make a bar something else: what is still lacking, a share of it, a bound. */
const NOT_THE_BAR = new RegExp(String.raw`\b(?:${NOT_THE_BAR_WORDS.join("|")})\b`, "i");

/**
 * A generic bar: its goal's content words, and the names that say whose goal it is (a party word
 * to its key, other capitalised words as written: "the Harbour Party nomination").
 */
export type BarGoal = { words: ReadonlySet<string>; names: string };

function goalWords(text: string): { words: Set<string>; names: Set<string> } {
  const words = new Set<string>();
  const names = new Set<string>();
  for (const raw of text.match(/[\p{L}]+/gu) ?? []) {
    const lower = raw.toLowerCase();
    const party = PARTY_WORDS.get(lower);
    if (party || /^\p{Lu}/u.test(raw)) {
      names.add(party ?? lower);
      continue;
    }
    if (lower.length < 3 || DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower)) continue;
    if (PREPOSITIONS.has(lower)) continue;
    words.add(singular(lower));
  }
  return { words, names };
}

/**
 * The goal of a figure that is a bar said of no one ("It takes 1,200 votes to win the Norland
 * nomination": {nomination} of Norland), or null when the figure is no such bar or its goal names
 * no one's: a story of two contests recalls two bars, each as "the nomination" once the article
 * has said whose. `owner` is the party the statement's words or its article tell
 * (`bar-owners.ts`): its "the nomination" is that party's.
 */
export function barGoal(unit: AlignUnit, figure: Figure, owner?: string | null): BarGoal | null {
  if (figure.kind !== "count" || !figure.measure) return null;
  const start = figure.span.start - unit.span.start;
  const before = unit.text.slice(Math.max(0, start - 60), start);
  let after = unit.text.slice(figure.span.end - unit.span.start);
  // "the 1,200 needed to win": the counted noun left out (extract/needed-counts.ts).
  const elided = ELIDED_BEFORE.test(before) && NEEDED_AFTER.test(after);
  if (!elided) {
    const measureAt = after.toLowerCase().indexOf(figure.measure.toLowerCase());
    if (measureAt < 0 || measureAt > 2) return null;
    after = after.slice(measureAt + figure.measure.length);
  }
  const generic = GENERIC_BAR_BEFORE.test(before);
  const needed = elided || (THE_BEFORE.test(before) && NEEDED_AFTER.test(after));
  if (!generic && !needed) return null;
  if (NOT_THE_BAR.test(before.slice(-16)) || NOT_THE_BAR.test(after.slice(0, 12))) return null;
  const rest = needed ? after.replace(NEEDED_AFTER, "") : after;
  const goal = GOAL_AFTER.exec(rest)?.[1] ?? (generic ? GOAL_BEFORE.exec(unit.text)?.[1] : null);
  if (!goal) return null;
  const { words, names } = goalWords(goal);
  // The subject may say whose ("A Harbour Party candidate must win …").
  const subject = /(?:^|[\s,])(?:[Aa]n?|[Aa]ny|[Ee]ither|[Ee]ach|[Ee]very)\s+([^,]*)$/u.exec(
    before,
  );
  if (generic && subject) for (const n of goalWords(subject[1] ?? "").names) names.add(n);
  if (names.size === 0 && owner) names.add(owner);
  if (words.size === 0 || names.size === 0) return null;
  return { words, names: [...names].sort().join(" ") };
}

/**
 * Whether two bars are for one goal: the same names of whose it is, and a shared goal word, or two
 * words of one stem ("to become the nominee" / "to win the nomination").
 */
export function sameGoal(x: BarGoal, y: BarGoal): boolean {
  return x.names === y.names && sharedGoalWord(x, y) !== null;
}

/** Letters two goal words of six letters or more must open alike to be one word's forms. */
const STEM = 5;

function sharedGoalWord(x: BarGoal, y: BarGoal): string | null {
  for (const w of x.words) if (y.words.has(w)) return w;
  for (const w of x.words) {
    if (w.length <= STEM) continue;
    for (const v of y.words) if (v.length > STEM && v.slice(0, STEM) === w.slice(0, STEM)) return w;
  }
  return null;
}

/** How many times another outlet's bar may be before it is another bar (figures/pairs.ts farApart). */
const MAX_RATIO = 5;

type Bar = HeldFigure & { goal: BarGoal; key: string };

/**
 * Bars said of no one, for one goal, counting the same thing in the same words, with two values in
 * two outlets, wherever the statements stand and were grouped: each pair once, its row completed
 * with every outlet giving one of the two values for that goal. Returns each conflict with the
 * statement whose group shows it.
 */
export function barFigureConflicts(
  units: readonly AlignUnit[],
  reported: readonly Conflict[],
  context: ConflictContext,
): { home: number; conflict: Conflict }[] {
  const bars: Bar[] = [];
  const ownerOf = barOwners(units);
  const goalOf = (unit: AlignUnit, figure: Figure) => barGoal(unit, figure, ownerOf(unit));
  for (const unit of units)
    for (const figure of unit.figures) {
      const goal = goalOf(unit, figure);
      if (goal)
        bars.push({
          unit,
          figure,
          goal,
          key: `${figure.unit}|${measureWords(figure.measure ?? "")}`,
        });
    }
  return heldFigureConflicts(bars, reported, context, {
    sameThing: (x, y) => {
      if (x.key !== y.key || !sameGoal(x.goal, y.goal)) return false;
      const [u, v] = [x.figure.value, y.figure.value];
      if (Math.max(u, v) / Math.max(1, Math.min(u, v)) > MAX_RATIO) return false;
      return sameSubject(x.unit, y.unit, context);
    },
    // Any figure of a row statement for the first bar's goal shows, whatever its noun.
    row: (x, y) => ({
      units: bars
        .filter((b) => b.key === x.key && sameGoal(b.goal, x.goal) && sameGoal(b.goal, y.goal))
        .map((b) => b.unit),
      figuresOf: (unit) =>
        unit.figures.filter((f) => {
          const goal = goalOf(unit, f);
          return goal !== null && sameGoal(goal, x.goal);
        }),
    }),
    label: (x, y) =>
      `both give the ${x.figure.unit}s it takes: ${sharedGoalWord(x.goal, y.goal) ?? ""}`,
  });
}
