import type { ArticleId, Conflict } from "@parallax/core";

/** Kinds read off one statement's value; a speaker or title conflict is about one remark or person. */
const VALUE_KINDS: ReadonlySet<Conflict["kind"]> = new Set(["figure", "date", "time", "negation"]);

/**
 * Whether a conflict's values more likely tell two happenings than disagree about one: the two values
 * set against each other come from articles of different threads (article-threads.ts: groups of
 * articles telling one happening), and each is told by two articles or more. A story can hold two
 * alike happenings (two earthquakes of different magnitudes, two shootings of a 15- and a
 * 16-year-old), each told consistently by its own articles; a disagreement about one happening is
 * an outlet at odds with others of its thread, or a lone outlet. On ECB+ train mixed stories this
 * drops one of 12 conflicts about no single gold event and none about one, and no perturbation
 * case; reading each value's main thread (below) drops one more false one (19 → 18, the 12 about
 * one gold event kept). A perturbed value is told by one article, so neither reading drops it.
 */
export function valuesOfTwoThreads(
  conflict: Conflict,
  threadOf: (articleId: ArticleId) => number | undefined,
): boolean {
  if (!VALUE_KINDS.has(conflict.kind)) return false;
  const [first, second] = conflict.values;
  if (!first || !second) return false;
  // Values are compared as written: a side written two ways ("15", "15-year-old") counts fewer
  // articles, so the rule holds back rather than drop a disagreement.
  const articlesStating = (text: string) => [
    ...new Set(
      conflict.values
        .filter((v) => v.text.toLowerCase() === text.toLowerCase())
        .map((v) => v.articleId),
    ),
  ];
  const left = articlesStating(first.text);
  const right = articlesStating(second.text);
  if (left.length < 2 || right.length < 2) return false;
  const a = threadOf(first.articleId);
  const b = threadOf(second.articleId);
  if (a !== undefined && b !== undefined && a !== b) return true;
  // Threads are read from whole articles, so an article may sit in the thread of the other
  // happening; the values it gives still say which one it tells. When most articles giving each
  // value lie in one thread, and those threads differ, the two values are of two happenings.
  const home = mainThread(left, threadOf);
  const other = mainThread(right, threadOf);
  return home !== undefined && other !== undefined && home !== other;
}

/** The thread holding more than half of some articles, if one does. */
function mainThread(
  articleIds: readonly ArticleId[],
  threadOf: (articleId: ArticleId) => number | undefined,
): number | undefined {
  const counts = new Map<number, number>();
  for (const id of articleIds) {
    const thread = threadOf(id);
    if (thread !== undefined) counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  for (const [thread, count] of counts) if (count * 2 > articleIds.length) return thread;
  return undefined;
}
