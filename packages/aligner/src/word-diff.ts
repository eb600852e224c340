import type { ArticleId, WordDiff } from "@parallax/core";
import { diffWords } from "diff";

/**
 * Word-level difference of `text` against `reference` (words and punctuation are tokens, whitespace
 * is ignored), so the UI can show what one outlet added or left out compared with another.
 */
export function wordDiff(
  reference: { articleId: ArticleId; text: string },
  other: { articleId: ArticleId; text: string },
): WordDiff {
  // Copies of one agency text are common in large stories: no need to run the diff for them.
  if (reference.text === other.text) {
    return {
      articleId: other.articleId,
      againstArticleId: reference.articleId,
      parts: [{ value: other.text, op: "equal" }],
    };
  }
  const key = `${reference.text}\u0000${other.text}`;
  let parts = cache.get(key);
  if (!parts) {
    parts = diffWords(reference.text, other.text).map((change) => ({
      value: change.value,
      op: change.added ? "added" : change.removed ? "removed" : "equal",
    }));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, parts);
  }
  return {
    articleId: other.articleId,
    againstArticleId: reference.articleId,
    parts: parts.map((part) => ({ ...part })),
  };
}

// Large stories repeat the same pair of wordings many times (agency copy against one reference):
// each distinct pair is diffed once. Bounded so a long-running server does not grow without end.
const CACHE_LIMIT = 20_000;
const cache = new Map<string, WordDiff["parts"]>();
