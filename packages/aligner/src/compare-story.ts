import type {
  Article,
  ArticleId,
  ClaimGroup,
  Comparison,
  Conflict,
  Extraction,
  Statement,
} from "@parallax/core";
import { evidenceLists } from "./align/evidence-lists.ts";
import { buildFigureRows } from "./align/figure-rows.ts";
import { stanceRows, titleRows } from "./align/finding-rows.ts";
import { groupDiffs } from "./align/group-diffs.ts";
import { groupEvidence, groupUnits, type ScoredPair } from "./align/groups.ts";
import {
  contextVector,
  type LemmaVector,
  lemmaVectors,
  vectorSimilarity,
} from "./align/lemma-vectors.ts";
import { lexicalMatches } from "./align/lexical-match.ts";
import { pairIndex } from "./align/pair-index.ts";
import { MATCH_THRESHOLD, scorePair } from "./align/score.ts";
import { supportSpeechRuns } from "./align/speech-runs.ts";
import { type AlignUnit, buildUnits } from "./align/units.ts";
import { articleSimilarity } from "./article-similarity.ts";
import { candidatePairs } from "./blocking.ts";
import { addConflictsAfterGrouping } from "./conflicts/after-grouping.ts";
import {
  type ConflictContext,
  dateConflicts,
  figureConflicts,
} from "./conflicts/detect-conflicts.ts";
import { conflictInputs } from "./conflicts/happenings/verbs.ts";
import { negationConflicts } from "./conflicts/negation/conflicts.ts";
import type { RefusalSink } from "./conflicts/refusals.ts";
import { figureUnits, joinRowsAcrossGroups } from "./conflicts/rows-across-groups.ts";
import { daysOfTwoHappenings, withoutRepeats } from "./conflicts/told-apart.ts";
import { valuesOfTwoThreads } from "./conflicts/two-threads.ts";
import { buildCoverage } from "./coverage.ts";
import { articleThreads } from "./events/article-threads.ts";
import { comparisonEvents } from "./events/comparison-events.ts";
import { deceasedPeople } from "./events/deceased.ts";
import { eventInputs, storyEvents } from "./events/story-events.ts";
import { extractArticle } from "./extract-article.ts";
import { groupRelation } from "./relations.ts";
import { statementAttributions } from "./statement-attribution.ts";
import { buildStoryEntities } from "./story-entities.ts";
import { byId, dedupe, firstOfEachId } from "./story-input.ts";
import { buildTimeline } from "./timeline.ts";
import { ALIGNER_VERSION } from "./version.ts";

/**
 * Compares the articles of one story: which statements the outlets share, how they relate (agree,
 * partial, conflict, unique), where figures, dates, speakers, titles or stances disagree, one identity
 * per person across outlets, the story's timeline, and each outlet's coverage.
 *
 * Pure and deterministic: the result does not depend on the order of `articles` except for the order
 * of `articleIds` and `coverage`, which follow the input. An article given twice (same id) counts once.
 */
export function compareStory(
  articles: readonly Article[],
  options: CompareOptions = {},
): Comparison {
  const unique = dedupe(articles);
  const ordered = [...unique].sort(byId);
  return compareExtracted(unique, ordered, ordered.map(extractArticle), options);
}

/**
 * As `compareStory`, for callers that already hold the extractions (a cache keyed by article id and
 * aligner version); `extractions[i]` must belong to `articles[i]`.
 */
export function compareExtractions(
  articles: readonly Article[],
  extractions: readonly Extraction[],
  options: CompareOptions = {},
): Comparison {
  const pairs = articles.map((article, i) => ({ article, extraction: extractions[i] }));
  const kept = firstOfEachId(pairs, (p) => p.article.id);
  const ordered = [...kept].sort((a, b) => byId(a.article, b.article));
  for (const { article, extraction } of ordered) {
    if (!extraction || extraction.articleId !== article.id) {
      throw new Error(`the extraction given for article ${article.id} belongs to another article`);
    }
  }
  return compareExtracted(
    kept.map((p) => p.article),
    ordered.map((p) => p.article),
    ordered.map((p) => p.extraction as Extraction),
    options,
  );
}

/**
 * Diagnostics of a comparison, none of which changes it: `onRefusal` hears each pair of statements
 * a conflict check compared and refused, with the guard that refused it (conflicts/refusals.ts).
 */
export type CompareOptions = { onRefusal?: RefusalSink };

/** Share of the match threshold at which a scored pair's evidence is kept for conflict checks. */
const PAIR_EVIDENCE_SHARE = 0.6;

function compareExtracted(
  inputOrder: readonly Article[],
  articles: readonly Article[],
  extractions: readonly Extraction[],
  options: CompareOptions,
): Comparison {
  const storyEntities = buildStoryEntities(
    extractions.map((e) => ({ articleId: e.articleId, entities: e.entities })),
  );
  const entityById = new Map(storyEntities.entities.map((e) => [e.id, e] as const));
  const entityName = (id: string) => entityById.get(id)?.name ?? id;
  const isPlace = (id: string) => entityById.get(id)?.kind === "place";
  const isPerson = (id: string) => entityById.get(id)?.kind === "person";
  const attributionOf = statementAttributions(extractions, storyEntities);
  const statementOf = (unit: AlignUnit): Statement => ({
    articleId: unit.articleId,
    claimId: unit.claimId,
    span: unit.span,
    text: unit.text,
    attribution: attributionOf(unit.articleId, unit.claimId),
  });
  const units = buildUnits(articles, extractions, storyEntities);

  const { pairs, stats } = candidatePairs(units);
  const vectors: LemmaVector[] = lemmaVectors(units, stats);
  const contexts: LemmaVector[] = units.map((unit) => contextVector(units, vectors, unit.index));
  const lexical = lexicalMatches(vectors);
  // One shared copy of each distinct evidence list the scored pairs keep (align/evidence-lists.ts).
  const evidenceList = evidenceLists();
  const scoring = { stats, entityName, isPlace, vectors, contexts, lexical, evidenceList };
  const scored: ScoredPair[] = [];
  for (let i = 0; i < pairs.low.length; i += 1) {
    const a = pairs.low[i] as number;
    const b = pairs.high[i] as number;
    const result = scorePair(units[a] as AlignUnit, units[b] as AlignUnit, scoring);
    if (result) scored.push(result);
  }
  supportSpeechRuns(units, scored);
  const articleLikeness = articleSimilarity(units, pairs);
  const unitGroups = groupUnits(units, scored, MATCH_THRESHOLD, articleLikeness);

  const similarity = (a: AlignUnit, b: AlignUnit) =>
    vectorSimilarity(vectors[a.index] as LemmaVector, vectors[b.index] as LemmaVector);
  // Scores are final here: a pair's evidence counts when its score reaches the share.
  const scoredAt = pairIndex(scored, units.length);
  const pairEvidence = (a: AlignUnit, b: AlignUnit) => {
    const pair = scored[scoredAt(a.index, b.index)];
    return pair && pair.score >= MATCH_THRESHOLD * PAIR_EVIDENCE_SHARE ? pair.evidence : undefined;
  };
  const statingFigure = new Map<string, AlignUnit[]>();
  for (const unit of units)
    for (const figure of unit.figures) {
      const key = `${figure.unit}|${figure.value}`;
      const list = statingFigure.get(key);
      if (list) {
        if (list.length < 64 && list.at(-1) !== unit) list.push(unit);
      } else statingFigure.set(key, [unit]);
    }
  const conflictContext: ConflictContext = {
    articles: articleLikeness,
    similarity,
    entityName,
    isPlace,
    isPerson,
    statingFigure: (key) => statingFigure.get(key) ?? [],
    storyUnits: units,
    pairEvidence,
    ...(options.onRefusal ? { refused: options.onRefusal } : {}),
  };
  const articleCountOfStory = articles.length;

  const drafts = unitGroups.map((group) => {
    const members = group.units.map((i) => units[i] as AlignUnit);
    const conflicts: Conflict[] = [
      ...figureConflicts(members, conflictContext),
      ...dateConflicts(members, conflictContext),
      ...negationConflicts(members, conflictContext),
    ];
    const articleCount = new Set(members.map((m) => m.articleIndex)).size;
    const score =
      group.edges.length === 0
        ? 1
        : Math.round(
            (group.edges.reduce((sum, e) => sum + e.score, 0) / group.edges.length) * 1e4,
          ) / 1e4;
    return {
      members,
      articleCount,
      draft: {
        statements: members.map(statementOf),
        relation: groupRelation(members, conflicts),
        conflicts,
        evidence: groupEvidence(group.edges),
        score: articleCount < 2 ? 1 : Math.min(1, score),
        diffs: groupDiffs(members),
        about: "claim" as const,
        reportedByAll: articleCountOfStory > 1 && articleCount === articleCountOfStory,
      },
    };
  });

  const groupOf: number[] = [];
  unitGroups.forEach((group, g) => {
    for (const i of group.units) groupOf[i] = g;
  });
  // The story's happenings (verb + participant), read once: the days each is given, wherever its
  // statements were grouped (conflicts/dates/event-dates.ts), and its figures (conflicts/figures/event-figures.ts).
  const readings = eventInputs(units, isPlace);
  // Keyed by the wider verb classes of one happening (conflicts/happenings/verbs.ts).
  const happenings = storyEvents(
    units,
    { isPlace, groupOf: (unit) => String(groupOf[unit]) },
    conflictInputs(readings, units),
  );
  // The broad reading (threads of articles, the leads' happenings) is the comparison's events; its
  // happenings join days of lead statements the narrow one keeps apart (conflicts/dates/event-dates.ts).
  const broad = storyEvents(
    units,
    { isPlace, isPerson, articles: articleLikeness, groupOf: (unit) => String(groupOf[unit]) },
    readings,
  );
  // Conflicts found after grouping join the row of their statement's group (conflicts/after-grouping.ts).
  const addToGroup = (g: number, found: readonly Conflict[]) => {
    const d = drafts[g];
    if (!d) return;
    d.draft.conflicts = [...d.draft.conflicts, ...found];
    d.draft.relation = groupRelation(d.members, d.draft.conflicts);
  };
  addConflictsAfterGrouping({
    units,
    groupOf,
    articleCounts: drafts.map((d) => d.articleCount),
    scored,
    loneMinScore: PAIR_EVIDENCE_SHARE * MATCH_THRESHOLD,
    shown: () => drafts.flatMap((d) => d.draft.conflicts),
    addToGroup,
    context: conflictContext,
    readings,
    happenings,
    broad,
  });

  // Two alike happenings, each told by its own thread of articles, are not a disagreement.
  const threadOf = articleThreads(articles.length, articleLikeness);
  const threadOfArticle = new Map(units.map((u) => [u.articleId, threadOf[u.articleIndex]]));
  for (const d of drafts) {
    const kept = d.draft.conflicts.filter(
      (c) => !valuesOfTwoThreads(c, (id) => threadOfArticle.get(id)) && !daysOfTwoHappenings(c),
    );
    if (kept.length === d.draft.conflicts.length) continue;
    d.draft.conflicts = kept;
    d.draft.relation = groupRelation(d.members, kept);
  }

  const titleDrafts = titleRows(
    storyEntities.entities,
    articles,
    units,
    statementOf,
    deceasedPeople(happenings, units, (id) => entityName(id).split(/\s+/).at(-1) ?? ""),
  );
  const stanceDrafts = stanceRows(units, entityName, statementOf);

  // Shared statements first (most outlets first), then in story order: stable whatever the input order.
  const findingRank = { claim: 0, title: 1, stance: 2 } as const;
  const all = [...drafts, ...titleDrafts, ...stanceDrafts].sort((x, y) => {
    const fx = x.members[0] as AlignUnit | undefined;
    const fy = y.members[0] as AlignUnit | undefined;
    return (
      findingRank[x.draft.about] - findingRank[y.draft.about] ||
      y.articleCount - x.articleCount ||
      (fx?.articleIndex ?? 0) - (fy?.articleIndex ?? 0) ||
      (fx?.position ?? 0) - (fy?.position ?? 0)
    );
  });
  // One disagreement reported once, on the first row shown (conflicts/told-apart.ts), and one
  // figure disagreement in one row, when two groups' rows hold one statement's value
  // (conflicts/rows-across-groups.ts).
  const joined = joinRowsAcrossGroups(
    all.map((d) => d.draft.conflicts),
    figureUnits(units),
  );
  withoutRepeats(joined).forEach((kept, i) => {
    const d = all[i];
    const same = (c: Conflict, j: number) => c === d?.draft.conflicts[j];
    if (!d || (kept.length === d.draft.conflicts.length && kept.every(same))) return;
    d.draft.conflicts = kept;
    d.draft.relation = groupRelation(d.members, kept);
  });
  const groups: ClaimGroup[] = all.map((d, index) => ({ id: `g${index + 1}`, ...d.draft }));
  const groupOfUnit = new Map<number, string>();
  all.forEach((d, index) => {
    if (d.draft.about === "claim")
      for (const m of d.members) groupOfUnit.set(m.index, `g${index + 1}`);
  });

  const personIds = new Set(
    storyEntities.entities.filter((e) => e.kind === "person").map((e) => e.id),
  );
  const mentionCounts = new Map<string, number>();
  for (const unit of units)
    for (const id of unit.entities) mentionCounts.set(id, (mentionCounts.get(id) ?? 0) + 1);
  const commonEntities = new Set(
    [...mentionCounts].filter(([, count]) => count > units.length * 0.5).map(([id]) => id),
  );

  const groupOrder = new Map(groups.map((g, i) => [g.id, i] as const));
  const events = comparisonEvents(units, broad, groupOfUnit, groupOrder);

  const articleIds: ArticleId[] = inputOrder.map((a) => a.id);
  return {
    alignerVersion: ALIGNER_VERSION,
    articleIds,
    groups,
    entities: storyEntities.entities,
    timeline: buildTimeline(units, groupOfUnit, commonEntities, personIds),
    coverage: buildCoverage(articleIds, groups),
    figures: buildFigureRows(units, groupOfUnit),
    events,
  };
}
