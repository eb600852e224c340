import type { Figure } from "@parallax/core";
import type { AlignUnit } from "../../align/units.ts";
import { differentDescribed, differentHolders } from "../ages/holders.ts";
import { agesOfRelatives } from "../ages/kin-ages.ts";
import { openingAges } from "../ages/opening-ages.ts";
import {
  backgroundComparable,
  type ConflictContext,
  clauseLemmas,
  clausesShareVerb,
  hedgeOf,
  hedgesAgree,
  prospectiveAt,
  SAME_WORDING,
  valueVerb,
} from "../guards.ts";
import { classHappening, happeningVerb } from "../happenings/nouns.ts";
import { oneHappening } from "../happenings/one-happening.ts";
import { lemmasPastAside } from "./aside-clause.ts";
import { sameFigurePhrase } from "./background-figure-phrase.ts";
import { claimRetold } from "./claim-retold.ts";
import { collectiveFigure } from "./collective-figures.ts";
import { companionNumberShared } from "./companion-numbers.ts";
import { actorsOfOneHolder, countedActors } from "./counted-actors.ts";
import type { FigurePairTest } from "./figure-pair-test.ts";
import {
  addition,
  isConversion,
  isWhole,
  labelOrScore,
  ofAStretch,
  partOf,
  perItem,
} from "./figure-standing.ts";
import { measureHead, sameMeasure, sameMeasureWords, verbsOfOneHappening } from "./measures.ts";
import { conditionalFigure, neededFigure } from "./moods.ts";
import { retoldByNoun } from "./noun-retold.ts";
import { heldInParentheses, parenthesisedHolder } from "./parenthesised-holders.ts";
import { countsAPart, givesAsPart } from "./part-counts.ts";
import { sharesOfOneResult } from "./poll-shares.ts";
import { heldByAnother } from "./possessed-figures.ts";
import { partsOfOneWhole } from "./whole-parts.ts";

/**
 * What lets two background figures past `backgroundComparable`: one phrase of one holder, a claim
 * retold, a companion number shared, one acting group around one holder.
 */
const BACKGROUND_ESCAPES: readonly FigurePairTest[] = [
  sameFigurePhrase,
  claimRetold,
  companionNumberShared,
  actorsOfOneHolder,
];

function contains(range: Figure, value: number): boolean {
  return range.upperValue !== null && value >= range.value && value <= range.upperValue;
}

export function equalValues(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.abs(a) * 1e-9;
}

/** Figures a statement states of its own: clock times and conversions in parentheses aside. */
function ownAmounts(unit: AlignUnit): Figure[] {
  return unit.figures.filter((f) => f.kind !== "time" && !isConversion(unit, f));
}

/**
 * Whether two statements that each give several figures tell one occasion: they share one of them
 * (same unit and value). A line of statistics — "25 points and 16 rebounds" against "22 points and
 * nine rebounds", "an eight-year deal worth $184 million" against "a seven-year deal worth $140
 * million" — that agrees on nothing is another game, another offer, not a disagreement about one.
 */
/** Other figures beside the compared one that make a statement a line of statistics. */
const STAT_LINE_OTHERS = 3;

function shareAnOccasion(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  const left = ownAmounts(a).filter((f) => f !== fa);
  const right = ownAmounts(b).filter((f) => f !== fb);
  // A lone figure against one of a line of statistics ("six touchdowns" / "10 games, 404 yards and
  // two touchdowns … 52 passes"): a line of figures sums up a season or a game of its own.
  if (left.length === 0 || right.length === 0)
    return Math.max(left.length, right.length) < STAT_LINE_OTHERS;
  return left.some((x) => right.some((y) => x.unit === y.unit && equalValues(x.value, y.value)));
}

/**
 * How many times another outlet's figure may be before it counts something else: outlets misreport
 * a count by a factor of two or three, while a figure five times another is another total — one
 * game's points against a career's, a year's pay against a contract's sum, "4 1/2 months" read as
 * 412 against "four months".
 */
const MAX_RATIO = 5;

function farApart(a: number, b: number): boolean {
  const low = Math.min(Math.abs(a), Math.abs(b));
  return low === 0 || Math.max(Math.abs(a), Math.abs(b)) / low > MAX_RATIO;
}

/** How far a clock time said "about" or "around" may be from another outlet's, in minutes. */
export const ABOUT_MINUTES = 20;

/** Words of time stamps ("1:53 p.m. local time", "13:36 GMT"): they say when, never what happened. */
const TIME_STAMP_WORDS = new Set([
  "local",
  "time",
  "hour",
  "gmt",
  "utc",
  "est",
  "edt",
  "pst",
  "pdt",
]);

/**
 * Points are a tally that grows through a game and a career: "needed nine points", "scored 20
 * points" and "now has 2,129 points" are three moments of one scorer's count. Two point counts
 * are one figure only when the same verb gives them ("scored 20 points" / "scored 40 points").
 */
function sameTally(a: AlignUnit, fa: Figure, b: AlignUnit, fb: Figure): boolean {
  const verb = valueVerb(a, fa.span.start, fa.span.end);
  return verb !== null && verb === valueVerb(b, fb.span.start, fb.span.end);
}

/** A figure's clause words, with those after a relative aside that closes it (aside-clause.ts). */
function withAside(
  clause: ReadonlySet<string>,
  unit: AlignUnit,
  figure: Figure,
): ReadonlySet<string> {
  const past = lemmasPastAside(unit, figure.span.end);
  return past.size === 0 ? clause : new Set([...clause, ...past]);
}

/** Why two figures count the same thing, or null when they need not. */
export function figurePair(
  a: AlignUnit,
  fa: Figure,
  b: AlignUnit,
  fb: Figure,
  context: ConflictContext,
): FigureEvidence[] | null {
  const read = figurePairReading(a, fa, b, fb, context);
  return typeof read === "string" ? null : read;
}

type FigureEvidence = { kind: "figure"; label: string; weight: number };

/**
 * Why two figures count the same thing, or the name of the first guard that says they need not
 * (a diagnostic run's refusal sink hears it): the checks run in this order.
 */
export function figurePairReading(
  a: AlignUnit,
  fa: Figure,
  b: AlignUnit,
  fb: Figure,
  context: ConflictContext,
): FigureEvidence[] | string {
  if (fa.kind !== fb.kind || equalValues(fa.value, fb.value)) return "otherKindOrEqual";
  // "four thieves, two of them disguised …" / "four robbers, three of whom were disguised …"
  // (whole-parts.ts): one part counted in each statement's own noun.
  if (fa.unit !== fb.unit && !partsOfOneWhole(a, fa, b, fb)) return "partsOfOneWhole";
  if (contains(fa, fb.value) || contains(fb, fa.value)) return "rangeContains";
  if (isConversion(a, fa) || isConversion(b, fb)) return "isConversion";
  if (isWhole(a, fa) || isWhole(b, fb)) return "isWhole";
  if (differentHolders(a, fa, b, fb) || agesOfRelatives(a, fa, b, fb)) return "differentHolders";
  if (differentDescribed(a, fa, b, fb)) return "differentDescribed";
  // "Lund broke Vey's record of 2,116 points": Vey's figure, not Lund's (possessed-figures.ts).
  if (heldByAnother(a, fa, b, fb, context)) return "heldByAnother";
  if (perItem(a, fa) || perItem(b, fb)) return "perItem";
  // "Collectively, Vint and Lund won 7 percent" / "Vint won 10 percent": a sum, not a share.
  if (collectiveFigure(a, fa) !== collectiveFigure(b, fb)) return "collectiveFigure";
  if (labelOrScore(a, fa) || labelOrScore(b, fb)) return "labelOrScore";
  if (addition(a, fa) !== addition(b, fb)) return "addition";
  if (ofAStretch(a, fa) !== ofAStretch(b, fb)) return "ofAStretch";
  if (partOf(a, fa) !== partOf(b, fb)) return "partOf";
  // "the 270 votes needed to win" / "has won 230 votes"; "If Lund wins, she needs 40 percent" /
  // "she now needs 45 percent": a bar or a hypothesis against a count (moods.ts).
  const bar = neededFigure(a, fa);
  if (bar !== neededFigure(b, fb)) return "neededFigure";
  if (conditionalFigure(a, fa) !== conditionalFigure(b, fb)) return "conditionalFigure";
  // "will miss the final two games" / "missed four games": two happenings, one still to come. Two
  // bars are what it takes, whatever the tense ("would need 1,200 votes" / "the 1,300 votes needed").
  if (!bar && prospectiveAt(a, fa.span.start) !== prospectiveAt(b, fb.span.start))
    return "prospectiveAt";
  // The same value elsewhere in the other statement means both outlets give it.
  if (
    a.figures.some((f) => f.unit === fb.unit && equalValues(f.value, fb.value)) ||
    b.figures.some((f) => f.unit === fa.unit && equalValues(f.value, fa.value))
  )
    return "givesTheOtherValue";
  // "shooting three co-workers, killing two of them": the other outlet's two is given as a part.
  if (givesAsPart(a, fb.value) || givesAsPart(b, fa.value)) return "givesAsPart";
  // "Vint (31-2, 24 KOs) stopped Lund (20-4-1, 12 KOs)" / "Vint (31-2, 26 KOs) won": each figure
  // a named person's own record (parenthesised-holders.ts); two people's records never pair.
  const holder = heldInParentheses(a, fa, b, fb, context);
  if (holder === "different") return "heldInParentheses";
  const ha = measureHead(fa);
  const hb = measureHead(fb);
  // Several figures of one unit in a statement ("178 of 369 punches", "the 36-year-old champion …
  // the 40-year-old American") pair only in order, when both give as many and just one differs.
  // A count of a part ("two of whom") is no second figure of the thing.
  const ofKind = (unit: AlignUnit, own: Figure) =>
    unit.figures
      .filter(
        (f) =>
          f.unit === own.unit &&
          f.kind === fa.kind &&
          (f === own || !countsAPart(unit, f)) &&
          (holder === null || parenthesisedHolder(unit, f) === holder),
      )
      .sort((x, y) => x.span.start - y.span.start);
  const left0 = ofKind(a, fa);
  const right0 = ofKind(b, fb);
  // Two ages opening their statements pair though one statement gives more ages (../ages/opening-ages.ts).
  const unequalOpening = left0.length !== right0.length && openingAges(a, fa, b, fb);
  if ((left0.length !== 1 || right0.length !== 1) && !unequalOpening) {
    if (left0.length !== right0.length) return "figureCount";
    const differing = left0.filter((f, i) => !equalValues(f.value, (right0[i] as Figure).value));
    if (differing.length !== 1 || differing[0] !== fa || right0[left0.indexOf(fa)] !== fb)
      return "figureOrder";
  }
  if (fa.unit === "point" && !sameTally(a, fa, b, fb)) return "sameTally";
  if (fa.kind !== "time" && farApart(fa.value, fb.value)) return "farApart";
  const within = fa.kind === "time" ? ABOUT_MINUTES : undefined;
  if (hedgesAgree(fa.value, hedgeOf(a, fa), fb.value, hedgeOf(b, fb), within)) return "hedgesAgree";
  // One person's own record, whatever verb each sentence tells it with.
  if (holder !== null)
    return sameMeasure(fa, fb) && backgroundComparable(a, b, context)
      ? [{ kind: "figure", label: `both give ${holder}'s ${ha ?? hb}`, weight: 1 }]
      : "holderMeasure";
  if (
    context.sharedVerb &&
    !clausesShareVerb(a, fa.span.start, fa.span.end, b, fb.span.start, fb.span.end) &&
    !(
      context.sameMeasureVouches &&
      sameMeasureWords(fa, fb) &&
      verbsOfOneHappening(
        happeningVerb(a, fa.span.start, fa.span.end),
        happeningVerb(b, fb.span.start, fb.span.end),
      )
    ) &&
    !countedActors(a, fa, b, fb)
  )
    return "clausesShareVerb";
  if (
    !context.sharedVerb &&
    fa.kind !== "time" &&
    !oneHappening(
      a,
      valueVerb(a, fa.span.start, fa.span.end),
      fa.span.start,
      b,
      valueVerb(b, fb.span.start, fb.span.end),
      fb.span.start,
      context,
      ha ?? hb,
    )
  )
    return "oneHappening";
  const alike = context.similarity(a, b) >= SAME_WORDING;
  // Two parts of one whole in two nouns got here only through wholes that agree: a shared figure.
  if (!alike && fa.unit === fb.unit && !shareAnOccasion(a, fa, b, fb)) return "shareAnOccasion";
  if (
    !backgroundComparable(a, b, context) &&
    !BACKGROUND_ESCAPES.some((test) => test(a, fa, b, fb, context))
  )
    return "backgroundComparable";
  // "The eight robbers, two of whom were disguised, stole …": the clause goes on past the aside.
  const left = withAside(clauseLemmas(a, fa.span.start, fa.span.end), a, fa);
  const right = withAside(clauseLemmas(b, fb.span.start, fb.span.end), b, fb);
  const head = ha ?? hb ?? "";
  const shared = [...left].filter(
    (w) =>
      right.has(w) &&
      w !== head &&
      !head.startsWith(w) &&
      !(fa.kind === "time" && TIME_STAMP_WORDS.has(w)),
  );
  // "leveled seven villages" / "flattening fourteen villages": two verbs of one happening.
  const happening = classHappening(a, fa.span.start, fa.span.end, b, fb.span.start, fb.span.end);
  if (shared.length === 0 && happening !== null) shared.push(happening);
  // "is suing Lund for $80 million" / "a $40 million lawsuit": one verb, once told by its noun.
  const noun = shared.length === 0 ? retoldByNoun(a, fa, b, fb) : null;
  if (noun !== null) shared.push(noun);
  // Two clock times of one thing told alike ("at 2 a.m." / "at 3 a.m."): what happened then is in
  // the shared words, not in a measure.
  if (fa.kind === "time") {
    if (!alike && shared.length === 0) return "timeSharedWord";
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
    if (!sameMeasure(fa, fb)) return "sameMeasure";
    if (shared.length === 0 && !alike) return "sharedClauseWord";
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
  // year in lost sales"): they measure the same thing. So do two lengths of time of one unit said
  // in clauses sharing a word ("with two minutes to play" / "with three minutes left in the half").
  const sumOrLength = fa.kind === "money" ? "sum" : fa.kind === "duration" ? "length" : null;
  if (sumOrLength && (alike || shared.length > 0) && (ha === null || hb === null))
    return [
      {
        kind: "figure",
        label:
          shared.length > 0
            ? `one ${sumOrLength} each, said of: ${shared.slice(0, 4).join(", ")}`
            : `one ${sumOrLength} each in statements worded alike`,
        weight: 1,
      },
    ];
  // "Lund leads Vint 46 percent to 44 percent": one side's share in one pollster's result (poll-shares.ts).
  if (sharesOfOneResult(a, fa, b, fb, context))
    return [{ kind: "figure", label: "one side's share in one result", weight: 1 }];
  return "measureUnknown";
}
