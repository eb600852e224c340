import type { Evidence, Figure } from "@parallax/core";
import type { FeatureStats } from "../blocking.ts";
import { dayGap } from "./days.ts";
import { cosine, type LemmaVector } from "./lemma-vectors.ts";
import { type LexicalMatch, lexicalMatch } from "./lexical-match.ts";
import { quoteOverlap, quoteWordCount } from "./quote-overlap.ts";
import type { AlignUnit } from "./units.ts";

/** Minimum pair score for two statements to be reported as the same thing. */
export const MATCH_THRESHOLD = 0.2;

export type PairScore = {
  score: number;
  /** Never changed once scored (pairs without evidence share one empty list). */
  evidence: readonly Evidence[];
  /** Same wording credited to different speakers on one occasion (or an unknown one). */
  speakerClash: boolean;
};

export type ScoringContext = {
  stats: FeatureStats;
  entityName: (storyEntityId: string) => string;
  isPlace: (storyEntityId: string) => boolean;
  vectors: readonly LemmaVector[];
  /** Each unit's vector summed with its neighbours' in the same article. */
  contexts: readonly LemmaVector[];
  /** The lexical match of two units by index, cached (lexical-match.ts); read from `vectors` without. */
  lexical?: (a: number, b: number) => LexicalMatch;
  /** One shared copy of each distinct evidence list (evidence-lists.ts); an own copy without. */
  evidenceList?: (evidence: readonly Evidence[]) => readonly Evidence[];
};

/** Lexical similarity from which the confirming evidence counts in full. */
const CONTENT_GATE = 0.1;
/** How far alike neighbouring sentences stand in for a pair's own shared words at the gate. */
const SURROUNDING_GATE_SHARE = 0.5;
/** The same named event on the same day ("after returning" and "returned on Sunday"). */
const NAMED_EVENT_WEIGHT = 0.25;
const SPEAKER_WEIGHT = 0.08;
/** Same speaker, same day (or overlapping interval such as "last week" and "on Sunday"). */
const SAME_OCCASION_WEIGHT = 0.06;

const MEASURE_STOP = new Set(["the", "and", "for", "of", "in", "on", "to", "a", "an"]);

/**
 * A measure's words, read once per distinct measure: scoring asks for them for every candidate pair
 * with figures of one kind and unit (bounded like the lemma cache, for a long-running server).
 */
const measureWordsOf = new Map<string, readonly string[]>();
function measureWords(measure: string): readonly string[] {
  let words = measureWordsOf.get(measure);
  if (words === undefined) {
    if (measureWordsOf.size >= 50_000) measureWordsOf.clear();
    words = measure
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !MEASURE_STOP.has(w));
    measureWordsOf.set(measure, words);
  }
  return words;
}

/** Whether two figures' measures can be about the same thing: a shared word, or one unstated. */
function measuresMeet(a: Figure, b: Figure): boolean {
  if (a.measure === null || b.measure === null) return a.kind === "money";
  const left = measureWords(a.measure);
  return measureWords(b.measure).some((w) => left.includes(w));
}

export function sameFigure(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
}

/** Saturating weight of shared rare evidence: the idf of what is shared, summed, mapped into [0, 1). */
function information(idfSum: number): number {
  return 1 - Math.exp(-idfSum / 4);
}

/**
 * How strongly two statements from different articles report the same thing, in [0, 1], with the
 * evidence behind it; null when they cannot be the same statement (said by different people on
 * different days, or by the same person on different days).
 *
 * Shared things count by how rare they are in the story (their idf): two statements naming the trade
 * ministry and the presidential office on the same Tuesday share much; two that both name the
 * minister who is in half the story share little.
 */
export function scorePair(
  a: AlignUnit,
  b: AlignUnit,
  context: ScoringContext,
): (PairScore & { a: number; b: number }) | null {
  const bothSpeakers = a.speakers.size > 0 && b.speakers.size > 0;
  const sameSpeaker = bothSpeakers && firstShared(a.speakers, b.speakers) !== undefined;
  const differentSpeakers = bothSpeakers && !sameSpeaker;
  const bothSaid = a.saidOn !== null && b.saidOn !== null;
  const differentDay = bothSaid && dayGap(a.saidOn as string, b.saidOn as string) > 1;
  if (differentDay && bothSpeakers) return null;

  const stats = context.stats;
  const match = context.lexical
    ? context.lexical(a.index, b.index)
    : lexicalMatch(
        context.vectors[a.index] as LemmaVector,
        context.vectors[b.index] as LemmaVector,
      );
  const lexical = match.value;
  // No shared content word: every other kind of evidence only confirms content, so the score is 0.
  if (lexical === 0)
    return { a: a.index, b: b.index, score: 0, evidence: NONE, speakerClash: false };
  // One work list for every pair (the pair keeps a shared or exact copy of it, below).
  const evidence = EVIDENCE;
  // Items are written from the start and the list cut to their number at the end (`put`).
  let n = 0;
  let score = 0.55 * lexical;
  if (match.label !== null) {
    n = put(evidence, n, { kind: "lexical", label: match.label, weight: round(0.55 * lexical) });
  }
  // The neighbouring statements carry what a paraphrase leaves out ("such a demand" is the US demand
  // of the sentence before): alike surroundings support the pair.
  // Only worth computing when the pair shares some words itself (it is added on top, never alone).
  const surroundings =
    lexical > 0
      ? cosine(context.contexts[a.index] as LemmaVector, context.contexts[b.index] as LemmaVector)
      : 0;
  if (surroundings > lexical) {
    const weight = 0.15 * (surroundings - lexical);
    score += weight;
    n = put(evidence, n, {
      kind: "lexical",
      label: "neighbouring sentences alike",
      weight: round(weight),
    });
  }
  let confirming = 0;

  // Places are left to the lexicon (masking them would lose "Washington" = "the US").
  // A shared speaker is counted once, as a speaker.
  // A loop, not a spread and filter: this runs for every candidate pair.
  if (b.entities.size > 0 && a.entities.size > 0) {
    const sharedEntities = SHARED_ENTITIES;
    let shared = 0;
    for (const id of a.entities)
      if (b.entities.has(id) && !context.isPlace(id) && !(a.speakers.has(id) && b.speakers.has(id)))
        shared = put(sharedEntities, shared, id);
    if (shared > 0) {
      sharedEntities.length = shared;
      sortStrings(sharedEntities);
      let idfSum = 0;
      for (const id of sharedEntities) idfSum += stats.entityIdf.get(id) ?? 1;
      const weight = 0.22 * information(idfSum);
      confirming += weight;
      for (const id of sharedEntities) {
        n = put(evidence, n, {
          kind: "entity",
          label: context.entityName(id),
          weight: round(weight / sharedEntities.length),
        });
      }
    }
  }

  const bothFigures = a.figures.length > 0 && b.figures.length > 0;
  const sharedFigures = bothFigures
    ? a.figures.filter((fa) => b.figures.some((fb) => sameFigure(fa, fb)))
    : NONE;
  if (sharedFigures.length > 0) {
    let idfSum = 0;
    for (const f of sharedFigures) idfSum += stats.figureIdf.get(f.unit)?.get(f.value) ?? 1;
    const weight = 0.18 * information(idfSum);
    confirming += weight;
    for (const figure of sharedFigures) {
      n = put(evidence, n, {
        kind: "figure",
        label: figure.text,
        weight: round(weight / sharedFigures.length),
      });
    }
  }

  // "next week's" (the week of Oct. 27) and "yesterday" (Oct. 27) are not the same date.
  // "An unequal figure about the same thing is a conflict, not a mismatch": the same kind of amount
  // of the same thing ($2 billion vs $3 billion in yearly sales) is evidence too, if weaker.
  if (bothFigures && sharedFigures.length === 0) {
    const disputed = a.figures.find((fa) =>
      b.figures.some((fb) => fa.unit === fb.unit && fa.kind === fb.kind && measuresMeet(fa, fb)),
    );
    if (disputed) {
      const weight = 0.1;
      confirming += weight;
      n = put(evidence, n, { kind: "figure", label: `${disputed.text} (differs)`, weight });
    }
  }

  const sharedDates = a.dates.length === 0 || b.dates.length === 0 ? NONE : datesShared(a, b);
  if (sharedDates.length > 0) {
    let idfSum = 0;
    for (const v of sharedDates) idfSum += stats.dateIdf.get(v) ?? 1;
    const weight = 0.15 * information(idfSum);
    confirming += weight;
    for (const value of sharedDates)
      n = put(evidence, n, {
        kind: "date",
        label: value,
        weight: round(weight / sharedDates.length),
      });
  }

  // "Three days after returning" (the 19th) and "had returned … on Sunday" (the 19th): the same
  // named event on the same day is the same fact, however little else the sentences share. It
  // carries its own content word, so it is not gated.
  let sameEvent = 0;
  const event =
    a.namedEvents.length > 0 || b.namedEvents.length > 0
      ? (namedEventOn(a, b) ?? namedEventOn(b, a))
      : undefined;
  if (event) {
    sameEvent = NAMED_EVENT_WEIGHT;
    n = put(evidence, n, {
      kind: "date",
      label: `${event.lemma} on ${event.day}`,
      weight: NAMED_EVENT_WEIGHT,
    });
  }

  if (a.quoteLemmas.length > 0 && b.quoteLemmas.length > 0) {
    const overlap = quoteOverlap(a, b);
    if (overlap >= 0.3) {
      confirming += 0.12 * overlap;
      n = put(evidence, n, {
        kind: "quote",
        label: "quoted words overlap",
        weight: round(0.12 * overlap),
      });
    }
  }

  if (sameSpeaker) {
    confirming += SPEAKER_WEIGHT;
    const id = firstShared(a.speakers, b.speakers) as string;
    n = put(evidence, n, {
      kind: "speaker",
      label: context.entityName(id),
      weight: SPEAKER_WEIGHT,
    });
  }
  if (bothSaid && !differentDay && bothSpeakers) {
    // The same person's words on the same occasion, reported by two outlets, are nearly always the
    // same remarks, however differently translated; another speaker on that day is a weak hint.
    const weight = sameSpeaker ? SAME_OCCASION_WEIGHT : 0.06;
    confirming += weight;
    n = put(evidence, n, { kind: "occasion", label: `said on ${a.saidOn}`, weight });
  }
  // People, days, figures and quotes confirm a match of content; on their own (two remarks of one
  // speaker that share no content word) they do not make one. A paraphrase that drops its subject
  // ("most key issues were settled" after the sentence naming the talks) shares its content through
  // its neighbours: alike surroundings open the gate part of the way.
  const content = Math.max(lexical, SURROUNDING_GATE_SHARE * surroundings);
  score += confirming * Math.min(1, content / CONTENT_GATE) + sameEvent;
  // Similar words from different mouths are usually different statements; keep the pair only when
  // the wording is close enough to be the same words credited to someone else.
  // The same quoted words (most of the shorter quote) are one quotation, whoever each outlet credits.
  const speakerClash =
    differentSpeakers &&
    (lexical >= 0.6 ||
      (Math.min(quoteWordCount(a), quoteWordCount(b)) >= 3 && quoteOverlap(a, b) >= 0.8));
  if (differentSpeakers && !speakerClash) score *= 0.5;
  // "held negotiations with Vint" and "are expected to hold final talks with Vint" are two
  // events: one already happened, the other is to come.
  if (a.prospective !== b.prospective && sharedDates.length === 0) score *= 0.6;
  // "Some progress, but sharply divided" does not report the same thing as "getting closer".
  if (a.stance * b.stance < 0) score *= 0.5;
  // Different days of unknown speakers: a weaker version of the same rule.
  if (differentDay && !bothSpeakers) score *= 0.7;

  if (n > 0) {
    evidence.length = n;
    sortEvidence(evidence);
  }
  // The pair keeps its list to the end of the comparison, so it keeps a shared or an exact-length
  // copy, never the work list (which holds room for 17 items or more, about 150 bytes; a large
  // story's 238,612 pairs carry two or three items each). The pair itself (unit indices), not a
  // score the caller copies into one: one object per candidate pair, not two.
  return {
    a: a.index,
    b: b.index,
    score: Math.min(1, round(score)),
    evidence:
      n === 0 ? NONE : context.evidenceList ? context.evidenceList(evidence) : evidence.slice(),
    speakerClash,
  };
}

const NONE: readonly never[] = [];
/** Work lists reused by every call of `scorePair` (never returned, never kept). */
const EVIDENCE: Evidence[] = [];
const SHARED_ENTITIES: string[] = [];

/**
 * Writes the `count`th item of a work list and gives the new count. A work list is never emptied
 * with `length = 0`: that drops its storage, so every candidate pair grew its lists again from
 * nothing. It is cut to its count before it is read (never to 0: an empty one is not read).
 */
function put<T>(list: T[], count: number, item: T): number {
  list[count] = item;
  return count + 1;
}

/**
 * Sorts a few strings in place as `Array.prototype.sort` does with no comparator (by UTF-16 code
 * units): an insertion sort allocates no work copy.
 */
function sortStrings(items: string[]): void {
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as string;
    let at = i;
    while (at > 0 && (items[at - 1] as string) > item) {
      items[at] = items[at - 1] as string;
      at -= 1;
    }
    items[at] = item;
  }
}

function byWeightThenKind(x: Evidence, y: Evidence): number {
  return y.weight - x.weight || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0);
}

/**
 * A pair's evidence, strongest first, ties by kind, in place and stable (the order `sort` gives):
 * an insertion sort of its few items, because `Array.prototype.sort` allocates a work copy on
 * every call, which across every candidate pair of a large story was the largest single source of
 * garbage in scoring.
 */
export function sortEvidence(evidence: Evidence[]): void {
  for (let i = 1; i < evidence.length; i += 1) {
    const item = evidence[i] as Evidence;
    let at = i;
    while (at > 0 && byWeightThenKind(evidence[at - 1] as Evidence, item) > 0) {
      evidence[at] = evidence[at - 1] as Evidence;
      at -= 1;
    }
    evidence[at] = item;
  }
}

/** The first of `a`'s ids (in its order) that `b` holds too. */
function firstShared(a: ReadonlySet<string>, b: ReadonlySet<string>): string | undefined {
  for (const id of a) if (b.has(id)) return id;
  return undefined;
}

/** The resolved date values both units give at the same precision, in `a`'s order, once each. */
function datesShared(a: AlignUnit, b: AlignUnit): string[] {
  const shared: string[] = [];
  for (const date of a.dates) {
    const value = date.value;
    if (value === null || shared.includes(value)) continue;
    if (
      b.dates.some(
        (d) =>
          d.value === value &&
          a.dates.some((x) => x.value === value && x.precision === d.precision),
      )
    )
      shared.push(value);
  }
  return shared;
}

/** A named event of `x` ("after returning", the 19th) that `y` tells on that day. */
function namedEventOn(x: AlignUnit, y: AlignUnit): { day: string; lemma: string } | undefined {
  for (const event of x.namedEvents) {
    if (
      y.lemmas.includes(event.lemma) &&
      y.dates.some((d) => d.precision === "day" && d.value?.slice(0, 10) === event.day)
    )
      return event;
  }
  return undefined;
}

function round(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}
