import { type Article, isIngestError, parseArticle } from "@parallax/core";
import { mapSourceToBody, type SourceToBody } from "./source-to-body.ts";

/** A dataset text ingested as a user would paste it, with the way back from its offsets. */
export type DatasetArticle = { article: Article; offsets: SourceToBody };

/**
 * Parses a dataset text with `parseArticle` (plain text, as pasted) so the evaluation runs the
 * path a user's article takes; gold offsets are then carried into the body with `offsets.span`.
 */
export function ingestDatasetText(text: string, outlet: string): DatasetArticle {
  const article = parseArticle({ text, outlet });
  return { article, offsets: mapSourceToBody(text, article.body, article.paragraphs) };
}

/** As `ingestDatasetText`, or null for a text ingestion refuses (a script skips those articles). */
export function ingestDatasetTextOrNull(text: string, outlet: string): DatasetArticle | null {
  try {
    return ingestDatasetText(text, outlet);
  } catch (error) {
    if (isIngestError(error)) return null;
    throw error;
  }
}
