import type { GroupingSignature } from "./grouping-signature.ts";

/** An existing story as grouping sees it: the signatures of its articles. */
export type StoryCandidate = { storyId: string; members: GroupingSignature[] };

export type GroupingChoice =
  | { decision: "joined"; storyId: string; score: number }
  | { decision: "new"; score: number };

/** A story is joined when the article's resemblance to it reaches this score. */
export const JOIN_THRESHOLD = 0.2;
/** Articles published further apart than this from a story's articles do not join it. */
export const TIME_WINDOW_DAYS = 10;

const DAY_MS = 86_400_000;

// Weights favour who is involved and exact figures over places, which many unrelated stories
// share; topic words carry the decision when extraction finds few entities.
const WEIGHTS = { actors: 0.3, terms: 0.3, figures: 0.2, dates: 0.1, places: 0.1 } as const;

function overlap(article: readonly string[], story: ReadonlySet<string>): number | null {
  if (article.length === 0) return null;
  let shared = 0;
  for (const key of article) if (story.has(key)) shared++;
  // Relative to the smaller side, so a short article fully about the story still scores high,
  // with a floor of 3 so one shared name alone is not enough.
  return shared / Math.max(3, Math.min(article.length, story.size));
}

function withinWindow(article: GroupingSignature, members: readonly GroupingSignature[]): boolean {
  if (!article.publishedOn) return true;
  const at = Date.parse(article.publishedOn);
  const dated = members.flatMap((m) => (m.publishedOn ? [Date.parse(m.publishedOn)] : []));
  if (dated.length === 0) return true;
  return dated.some((d) => Math.abs(d - at) <= TIME_WINDOW_DAYS * DAY_MS);
}

/** Publication days a story's articles may have to be a candidate ([from, to) as ISO dates). */
export function candidateWindow(
  article: GroupingSignature,
): { from: string; to: string } | undefined {
  if (!article.publishedOn) return undefined;
  const at = Date.parse(article.publishedOn);
  if (Number.isNaN(at)) return undefined;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return {
    from: day(at - TIME_WINDOW_DAYS * DAY_MS),
    to: day(at + (TIME_WINDOW_DAYS + 1) * DAY_MS),
  };
}

/** Resemblance of one article to one story in [0, 1]; 0 outside the time window. */
export function scoreStoryMatch(
  article: GroupingSignature,
  members: readonly GroupingSignature[],
): number {
  if (members.length === 0 || !withinWindow(article, members)) return 0;
  let weighted = 0;
  let weights = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof typeof WEIGHTS)[]) {
    const story = new Set(members.flatMap((m) => m[key]));
    const value = overlap(article[key], story);
    if (value === null) continue;
    weighted += WEIGHTS[key] * value;
    weights += WEIGHTS[key];
  }
  return weights === 0 ? 0 : Math.min(1, weighted / weights);
}

/** The story the article most resembles if it is close enough, else a new story. */
export function chooseStory(
  article: GroupingSignature,
  candidates: readonly StoryCandidate[],
): GroupingChoice {
  let best: { storyId: string; score: number } | null = null;
  for (const candidate of candidates) {
    const score = scoreStoryMatch(article, candidate.members);
    // Ties go to the earlier candidate so the choice is deterministic.
    if (!best || score > best.score) best = { storyId: candidate.storyId, score };
  }
  const score = Math.round((best?.score ?? 0) * 1000) / 1000;
  if (best && best.score >= JOIN_THRESHOLD) {
    return { decision: "joined", storyId: best.storyId, score };
  }
  return { decision: "new", score };
}
