// Attribution layer, last sieve: a learned ranking of the candidates for a direct quote every rule
// sieve left without a speaker. Abstains unless one candidate is clearly the likeliest.

import type { ArticleText } from "../../article-text.ts";
import type { EntityRegistry } from "../../entities/entity-registry.ts";
import { quotationAt } from "../../quotation-marks.ts";
import { inMainClauseAfterOpening } from "../cues/opening-clause-quotation.ts";
import type { QuoteDraft } from "../quote-drafts.ts";
import { nameInNounClause, participleObjectBeforeCue } from "../sieves/in-clause-cue.ts";
import {
  type ArticleCounts,
  type Candidate,
  candidateFeatures,
  FEATURES,
  type RecentSpeaker,
} from "./candidate-features.ts";
import MODEL from "./speaker-ranker-weights.json" with { type: "json" };

/** A logistic model over `FEATURES` and the rule that turns its scores into a speaker. */
export type RankerModel = {
  features: readonly string[];
  weights: readonly number[];
  /** The top candidate's probability must reach this… */
  threshold: number;
  /** …and beat the runner-up's by this much. */
  margin: number;
};

/** The committed model (speaker-ranker-weights.json says where it came from). */
export const SPEAKER_RANKER: RankerModel = MODEL;

/** One direct quote without a speaker, and the candidates the ranker weighs for it. */
export type RankerInput = { draft: QuoteDraft; candidates: Candidate[] };

/** Recent speakers the ranker keeps as candidates. */
const SPEAKERS_KEPT = 4;

/**
 * The direct quotes still without a speaker and their candidates, read from the drafts as the
 * rule sieves left them: the last speaker is the latest draft with one before the quote.
 */
export function rankerInputs(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: readonly QuoteDraft[],
): RankerInput[] {
  const out: RankerInput[] = [];
  /** Recent speakers, most recent first, each once (at most SPEAKERS_KEPT). */
  let speakers: RecentSpeaker[] = [];
  let counts: ArticleCounts | undefined;
  for (const draft of drafts) {
    if (draft.direct && draft.speaker === null) {
      const qi = quotationAt(text.quotations, draft.start);
      const quotation = text.quotations[qi];
      if (quotation === undefined) continue;
      // "After Moss called the plan “a disgrace,” the council voted to “act now.”": the main
      // clause's subject says it or nobody; the ranker would pick the opening clause's speaker.
      if (inMainClauseAfterOpening(text, qi)) continue;
      // "in a way Lund slammed as “…”": a name in a clause hung on a noun is left unknown.
      if (nameInNounClause(text, registry, quotation)) continue;
      // "Dockers cheering Vint declared “…”": the name is the participle's object, no speaker.
      if (participleObjectBeforeCue(text, quotation)) continue;
      counts ??= articleCounts(registry);
      const candidates = candidateFeatures(text, registry, quotation, speakers, counts);
      if (candidates.length > 0) out.push({ draft, candidates });
    } else if (typeof draft.speaker === "number") {
      const entity = draft.speaker;
      if (speakers[0]?.entity === entity) speakers[0].start = draft.start;
      else
        speakers = [
          { entity, start: draft.start },
          ...speakers.filter((s) => s.entity !== entity).slice(0, SPEAKERS_KEPT - 1),
        ];
    }
  }
  return out;
}

/**
 * The last sieve: each direct quote left without a speaker takes the top-ranked candidate when its
 * probability reaches the model's threshold and beats the runner-up by its margin; else it stays
 * unknown. Decisions are read from the drafts as the rule sieves left them, then applied.
 */
export function rankSpeakers(
  text: ArticleText,
  registry: EntityRegistry,
  drafts: QuoteDraft[],
  model: RankerModel = SPEAKER_RANKER,
): void {
  const chosen: [QuoteDraft, number][] = [];
  for (const input of rankerInputs(text, registry, drafts)) {
    const entity = pickSpeaker(input.candidates, model);
    // "Critics of Ada Lund said “…”": never the name a rule refused as the speaker.
    if (entity !== null && entity !== input.draft.refused) chosen.push([input.draft, entity]);
  }
  for (const [draft, entity] of chosen) draft.speaker = entity;
}

/** The candidate the model picks, or null when it abstains. */
export function pickSpeaker(candidates: readonly Candidate[], model: RankerModel): number | null {
  let best: Candidate | null = null;
  let top = -1;
  let second = 0;
  for (const c of candidates) {
    const p = probability(c.features, model.weights);
    if (p > top) {
      second = Math.max(second, top);
      top = p;
      best = c;
    } else if (p > second) second = p;
  }
  if (best === null || top < model.threshold || top - second < model.margin) return null;
  return best.entity;
}

/** The logistic model's probability for one feature vector. */
export function probability(features: readonly number[], weights: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < features.length; i += 1) z += features[i]! * (weights[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** How often the article mentions each person and organisation, and who is mentioned most. */
export function articleCounts(registry: EntityRegistry): ArticleCounts {
  const counts = new Map<number, number>();
  let best: number | null = null;
  let most = 0;
  for (const m of registry.mentions) {
    if (m.entity === null || m.ambiguous || m.possessive) continue;
    if (registry.kindOf(m.entity) === "place") continue;
    const n = (counts.get(m.entity) ?? 0) + 1;
    counts.set(m.entity, n);
    if (n > most) {
      most = n;
      best = m.entity;
    }
  }
  return { mostMentioned: best, mentions: counts };
}

export { FEATURES };
