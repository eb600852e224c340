import { LIGHT_VERBS } from "../../lexicons/event-words.ts";
import type { AlignUnit } from "../align/units.ts";
import { type ArticleSimilarity, detailLikeness } from "../article-similarity.ts";
import { articleThreads } from "./article-threads.ts";
import { broadTriggers } from "./broad-triggers.ts";
import { eventTriggers, storyVerbs, verbOfNoun } from "./event-triggers.ts";
import { partFoundRemains } from "./found-remains.ts";
import { joinGroupMates } from "./group-mates.ts";
import { leadAmountsApart } from "./lead-amounts.ts";
import { leadDeathsApart } from "./lead-deaths.ts";
import { leadEvents } from "./lead-events.ts";
import { leadWeekdayAgreement } from "./lead-weekdays.ts";
import { mergeOverlapping } from "./merge-overlapping.ts";
import { joinNamedEvents } from "./named-events.ts";
import { otherOccasions } from "./other-occasion.ts";
import { splitByActingParty } from "./party-split.ts";
import { type EventBucket, threadMainEvents } from "./thread-events.ts";

/** One happening of the story: its verb, the statements telling it and who took part. */
export type EventCluster = {
  action: string;
  /** Whether this is a thread's main happening (`thread-events.ts`), not one verb's. */
  main: boolean;
  /** Unit indices, ascending. */
  units: number[];
  /** Story entity ids, most often named first. */
  participants: string[];
};

export type EventContext = {
  /** Whether a story entity is a place (a place is where, not who). */
  isPlace: (storyEntityId: string) => boolean;
  /**
   * Whether a story entity is a person: leads telling deaths compare the people they name
   * (`lead-deaths.ts`). Without it, people and organisations alike.
   */
  isPerson?: (storyEntityId: string) => boolean;
  /** The claim group holding a statement (unit index), if the story is already aligned. */
  groupOf?: (unitIndex: number) => string | undefined;
  /**
   * How alike two articles are as wholes. Given, the story's articles are split into threads
   * (`article-threads.ts`) and no event spans two: a story can tell two alike happenings (two
   * earthquakes, two offers to one player) with the same verbs and even the same participant.
   * Given, too, the leads' happenings become events (`lead-events.ts`) and events holding nearly
   * the same statements are joined (`merge-overlapping.ts`): the broad reading of the comparison's
   * events. Without it, happenings are keyed by verb and participant only, the narrow reading
   * that date conflicts compare days within (conflicts/dates/event-dates.ts).
   */
  articles?: ArticleSimilarity;
};

/**
 * What every reading of the story's events starts from: the story's verbs, each statement's
 * participants, places and happening words, each article's protagonist and setting. The same for
 * the narrow and the broad reading, so a comparison computes them once for both.
 */
export type EventInputs = {
  verbs: ReturnType<typeof storyVerbs>;
  named: readonly string[][];
  places: readonly string[][];
  protagonists: readonly (string | null)[];
  settings: readonly (string | null)[];
  storyCounts: ReadonlyMap<string, number>;
  triggersOf: readonly Set<string>[];
  /**
   * Each thread's main happening (`thread-events.ts`): read from the fields above only, so the
   * narrow and the broad reading share it. Neither changes its buckets (each reading parts them
   * into buckets of its own, `byThread`).
   */
  threadMains: readonly EventBucket[];
};

export function eventInputs(
  units: readonly AlignUnit[],
  isPlace: EventContext["isPlace"],
): EventInputs {
  const verbs = storyVerbs(units);
  const nouns = new Map<string, string | null>();
  const named = units.map((unit) => participantsOf(unit, isPlace));
  const places = units.map((unit) => placesOf(unit, isPlace));
  const storyCounts = new Map<string, number>();
  for (const unit of units)
    for (const id of unit.entities) storyCounts.set(id, (storyCounts.get(id) ?? 0) + 1);
  const protagonists = articleProtagonists(units, (unit) => named[unit.index] as string[]);
  const settings = articleProtagonists(units, (unit) => places[unit.index] as string[]);
  const threads = protagonists.map((who, article) => who ?? settings[article] ?? null);
  const verbOf = (lemma: string, verb: boolean) =>
    verb ? (LIGHT_VERBS.has(lemma) ? null : lemma) : verbOfNoun(lemma, verbs);
  return {
    verbs,
    named,
    places,
    protagonists,
    settings,
    storyCounts,
    triggersOf: units.map((unit) => eventTriggers(unit.eventWords, verbs, nouns)),
    threadMains: threadMainEvents(units, threads, named, verbOf),
  };
}

/**
 * The story's events: statements of different articles naming the same happening (a verb, or a
 * noun of that verb) with the same participant are one event. The participants of a statement are
 * the people and organisations it names (its speakers aside: who tells of an arrest did not take
 * part in it); a statement naming nobody ("He was arrested on Friday.") takes its article's
 * protagonist, the person or organisation most of the article's statements name. A happening with
 * nobody named at all ("an earthquake struck on Sunday") is keyed by its place in the same way.
 *
 * Statements are joined through keys (verb + participant), never compared pairwise: the work is
 * linear in the number of statements. Only events told by two articles or more are returned.
 */
export function storyEvents(
  units: readonly AlignUnit[],
  context: EventContext,
  inputs: EventInputs = eventInputs(units, context.isPlace),
): EventCluster[] {
  const { verbs, named, places, protagonists, settings, storyCounts } = inputs;
  // Broadly read, a verb form continuing a capitalised name tells no happening (broad-triggers.ts).
  const triggersOf = context.articles
    ? broadTriggers(units, inputs.triggersOf, verbs)
    : inputs.triggersOf;
  const articleCount = units.reduce((n, unit) => Math.max(n, unit.articleIndex + 1), 0);
  const threadOf = context.articles
    ? articleThreads(
        articleCount,
        withDetails(units, context.articles, peopleNamed(named, context.isPerson)),
      )
    : new Array<number>(articleCount).fill(0);
  // verb|participant → the mentions of that happening.
  const buckets = new Map<string, Bucket>();
  // Broadly read, a statement set at another occasion ("Earlier, …") is no part of its article's
  // happening: keyed by no protagonist or setting, in no lead event (other-occasion.ts).
  const occasions = context.articles ? otherOccasions(units) : null;
  for (const unit of units) {
    const own = occasions?.apart[unit.index] !== true;
    // Who, else where: a happening nobody is named in ("an earthquake hit on Sunday") is keyed by
    // its place, the statement's own or its article's.
    const who =
      keyParticipant(
        named[unit.index] as string[],
        own ? (protagonists[unit.articleIndex] ?? null) : null,
        storyCounts,
      ) ??
      keyParticipant(
        places[unit.index] as string[],
        own ? (settings[unit.articleIndex] ?? null) : null,
        storyCounts,
      );
    if (who === null) continue;
    for (const verb of triggersOf[unit.index] as Set<string>) {
      const key = `${verb}|${who}|${threadOf[unit.articleIndex]}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.units.push(unit);
      else buckets.set(key, { verb, who, units: [unit] });
    }
  }
  // Each thread's main happening is an event of its own: joined with the event of its verb, a
  // statement using the verb in passing would pull in every statement of the main happening.
  for (const main of inputs.threadMains)
    for (const part of byThread(main, threadOf))
      buckets.set(`\u0000main|${part.who}|${threadOf[part.units[0]?.articleIndex ?? 0]}`, part);
  // Without article likeness no threads part two alike happenings: no lead events then.
  for (const lead of occasions
    ? leadEvents(units, occasions.leadTriggers(triggersOf), threadOf)
    : [])
    buckets.set(`\u0000lead|${lead.verb}|${threadOf[lead.units[0]?.articleIndex ?? 0]}`, {
      ...lead,
      main: true,
    });
  const events: EventCluster[] = [];
  const eventByKey = new Map<string, EventCluster>();
  // The statements of each verb's event: a thread's main happening holding just the same ones
  // ("a fire destroyed the warehouses" in both articles of a thread) is that event, not a second.
  const verbEventUnits = new Set<string>();
  for (const [key, bucket] of buckets) {
    if (!twoArticles(bucket.units)) continue;
    const unitList = bucket.units.map((u) => u.index).join(",");
    if (bucket.main && verbEventUnits.has(unitList)) continue;
    if (!bucket.main) verbEventUnits.add(unitList);
    const counts = new Map<string, number>();
    for (const unit of bucket.units)
      for (const id of named[unit.index] as string[]) counts.set(id, (counts.get(id) ?? 0) + 1);
    counts.delete(bucket.who);
    const event: EventCluster = {
      action: bucket.verb,
      main: bucket.main === true,
      units: bucket.units.map((u) => u.index),
      // A lead event is keyed by no one: its participants are the ones its statements name most.
      participants: [
        ...(bucket.who === "" ? [] : [bucket.who]),
        ...[...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id),
      ],
    };
    events.push(event);
    if (!event.main) eventByKey.set(key, event);
  }
  if (context.groupOf) joinGroupMates(events, units.length, context.groupOf);
  joinNamedEvents(events, eventByKey, units, triggersOf, threadOf);
  // Broadly read, one event told with different organisations doing it is parted (party-split.ts),
  // and the finding of a body is parted from the death or disaster (found-remains.ts).
  const broad = context.articles
    ? partFoundRemains(splitByActingParty(mergeOverlapping(events), units), units)
    : events;
  return broad.sort(
    (a, b) =>
      b.units.length - a.units.length ||
      (a.units[0] as number) - (b.units[0] as number) ||
      (a.action < b.action ? -1 : 1),
  );
}

type Bucket = EventBucket;

/** Whether statements come from two articles or more: asked of every bucket, so no set is built. */
function twoArticles(units: readonly AlignUnit[]): boolean {
  const first = units[0]?.articleIndex;
  return units.some((unit) => unit.articleIndex !== first);
}

/** A thread's main happening split by article thread: each part a happening of its own. */
function byThread(main: EventBucket, threadOf: readonly number[]): EventBucket[] {
  const parts = new Map<number, EventBucket>();
  for (const unit of main.units) {
    const thread = threadOf[unit.articleIndex] as number;
    const part = parts.get(thread);
    if (part) part.units.push(unit);
    else parts.set(thread, { ...main, main: true, units: [unit] });
  }
  return [...parts.values()];
}

/**
 * The one participant a statement's happening is keyed by: the article's protagonist when the
 * statement names it or names nobody ("He was arrested on Friday."), else the participant it names
 * that the story names most. One key per statement and verb, so no statement bridges two events
 * (a line naming the chair who resigned and the minister who appointed her stays with the chair).
 */
function keyParticipant(
  own: readonly string[],
  protagonist: string | null,
  storyCounts: ReadonlyMap<string, number>,
): string | null {
  if (own.length === 0) return protagonist;
  if (protagonist !== null && own.includes(protagonist)) return protagonist;
  let best: string | null = null;
  for (const id of own)
    if (best === null || (storyCounts.get(id) ?? 0) > (storyCounts.get(best) ?? 0)) best = id;
  return best;
}

/** The people and organisations a statement names, its speakers aside, sorted. */
function participantsOf(unit: AlignUnit, isPlace: EventContext["isPlace"]): string[] {
  return [...unit.entities].filter((id) => !unit.speakers.has(id) && !isPlace(id)).sort();
}

/** The places a statement names, sorted. */
function placesOf(unit: AlignUnit, isPlace: EventContext["isPlace"]): string[] {
  return [...unit.entities].filter((id) => isPlace(id)).sort();
}

/**
 * Each article's protagonist among the entities `pick` gives: the one named by the most of its
 * statements, once being enough: a short report names its subject once and then says "the actress"
 * or "he" (on ECB+ train, requiring two mentions left 0.03 F1 of events unfound). Two named
 * equally often: the one more of the story's articles name
 * (an article naming the star and her agent three times each is about the star, whom every article
 * names); none when that ties too, as the article is then about both.
 */
function articleProtagonists(
  units: readonly AlignUnit[],
  pick: (unit: AlignUnit) => readonly string[],
): (string | null)[] {
  const counts: Map<string, number>[] = [];
  for (const unit of units) {
    const map = counts[unit.articleIndex] ?? new Map<string, number>();
    counts[unit.articleIndex] = map;
    for (const id of pick(unit)) map.set(id, (map.get(id) ?? 0) + 1);
  }
  const articlesNaming = new Map<string, number>();
  for (const map of counts)
    if (map) for (const id of map.keys()) articlesNaming.set(id, (articlesNaming.get(id) ?? 0) + 1);
  return Array.from(counts, (map) => {
    if (!map) return null;
    const top = Math.max(0, ...map.values());
    if (top === 0) return null;
    const leaders = [...map]
      .filter(([, n]) => n === top)
      .map(([id]) => [id, articlesNaming.get(id) ?? 0] as const)
      .sort((a, b) => b[1] - a[1]);
    const [first, second] = leaders;
    if (!first || (second && second[1] === first[1])) return null;
    return first[0];
  });
}

/**
 * Weight of the details two articles share (`detailLikeness`: the same figures, the same days)
 * added to their likeness when threads are found. Two alike happenings use the same words and
 * often the same names (two storms on one coast, two recalls of one carmaker); what their
 * articles rarely share is a detail: the wind speed, the toll, the day. On ECB+ train (by story
 * event), 0.4 to 0.75 all gain on mixed stories (0.6: P 0.849 -> 0.861, R 0.688 -> 0.719) and on
 * single sub-topics (F1 0.714 -> 0.740); below 0.4 one story's threads swing from apart to one.
 */
const DETAIL_WEIGHT = 0.6;
/**
 * Weight of the lead weekdays two articles share (+1) or give apart (-1) (`lead-weekdays.ts`):
 * two alike happenings rarely fall on one weekday, one happening's reports mostly name its day.
 * On ECB+ train (by story event, mixed) 0.125 to 0.15 give P 0.861 -> 0.873, R 0.719 -> 0.727
 * (single sub-topics F1 0.740 -> 0.739); 0.1 gains nothing, from 0.175 joined threads cost
 * precision (0.855). Years of resolved dates, read the same way, lost precision (0.846): a
 * background year (the scandal decades back, last year's match) is named by both happenings' reports.
 */
const WEEKDAY_WEIGHT = 0.14;
/**
 * Weight of two articles' leads giving sums of money all far apart (-1, `lead-amounts.ts`): two
 * heists or two deals of one story, not two outlets' estimates of one. As much as a weekday apart.
 * On ECB+ train (by story event, mixed) BUILD topics P 0.945 -> 0.949, R 0.729 -> 0.735 (one
 * story of two jewel heists parted: 12 wrong pairs across its sub-topics gone); CHECK topics
 * unchanged (none of their article pairs has lead sums far apart); 0.14 to 0.3 give the same.
 */
const AMOUNT_WEIGHT = 0.14;

/** The people among the statements' participants (`named`), organisations aside: who can die. */
function peopleNamed(
  named: readonly (readonly string[])[],
  isPerson: EventContext["isPerson"],
): readonly (readonly string[])[] {
  return isPerson ? named.map((ids) => ids.filter(isPerson)) : named;
}

/**
 * Weight of two articles' leads telling the deaths of people neither article names in the other
 * (-1, `lead-deaths.ts`): two deaths, not one. On ECB+ train (by story event, mixed) BUILD topics
 * P 0.952 -> 0.952, R 0.735 -> 0.740 (article pairs across the two sub-topics sharing an event 101
 * -> 88, within one 1,252 -> 1,263: a story of two deaths parted); CHECK topics unchanged (no
 * article pair of a thread holds it); 0.14 to 1 give the same.
 */
const DEATHS_WEIGHT = 0.14;

/**
 * Article likeness for threading: the story's likeness plus the details two articles share, plus
 * or minus their leads' weekdays, less their leads' sums of money when all far apart and their
 * leads' deaths of people apart (`people`: each statement's people, `named` without organisations).
 * The typical likeness stays the story's: most pairs of articles share no detail.
 */
function withDetails(
  units: readonly AlignUnit[],
  articles: ArticleSimilarity,
  people: readonly (readonly string[])[],
): ArticleSimilarity {
  const detail = detailLikeness(units);
  const deaths = leadDeathsApart(units, people);
  const weekday = leadWeekdayAgreement(units);
  const amounts = leadAmountsApart(units);
  return {
    typical: articles.typical,
    between: (a, b) =>
      articles.between(a, b) +
      DETAIL_WEIGHT * detail(a, b) +
      WEEKDAY_WEIGHT * weekday(a, b) +
      AMOUNT_WEIGHT * amounts(a, b) +
      DEATHS_WEIGHT * deaths(a, b),
  };
}
