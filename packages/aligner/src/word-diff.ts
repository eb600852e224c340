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
  const changes = diffWords(reference.text, other.text);
  return {
    articleId: other.articleId,
    againstArticleId: reference.articleId,
    parts: changes.map((change) => ({
      value: change.value,
      op: change.added ? "added" : change.removed ? "removed" : "equal",
    })),
  };
}
