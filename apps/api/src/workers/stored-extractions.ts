import { extractArticle } from "@parallax/aligner";
import { type Article, type Extraction, ExtractionSchema } from "@parallax/core";
import { buildGroupingSignature, type GroupingSignature } from "../grouping/grouping-signature.ts";

/** An extraction made again because the stored one was missing, stale or unusable; to be stored. */
export type RefreshedExtraction = {
  articleId: string;
  extractionJson: string;
  signature: GroupingSignature;
};

/** A stored extraction of the running aligner version that could not be used, and why. */
export type RejectedExtraction = { articleId: string; reason: string };

/**
 * The extraction of each article for a comparison: the stored one when there is one (the caller
 * passes null for a missing or stale one) and it reads back as a valid extraction of this very
 * article, else the article extracted again. Ingestion extracted each article with the same aligner
 * version, so a stored extraction is what extracting again would give. Without `storedJsons`
 * nothing is stored either: no fresh extraction is prepared for storing.
 */
export function extractionsForComparison(
  articles: readonly Article[],
  storedJsons?: readonly (string | null)[],
): { extractions: Extraction[]; refreshed: RefreshedExtraction[]; rejected: RejectedExtraction[] } {
  const refreshed: RefreshedExtraction[] = [];
  const rejected: RejectedExtraction[] = [];
  const extractions = articles.map((article, i) => {
    const json = storedJsons?.[i] ?? null;
    if (json !== null) {
      const stored = readStored(json, article.id);
      if (stored.ok) return stored.extraction;
      rejected.push({ articleId: article.id, reason: stored.reason });
    }
    // The comparison takes the extraction as the aligner returns it, as compareStory does; the
    // stored copy is checked and serialised as at ingestion, before the comparison could touch it.
    const fresh = extractArticle(article);
    if (!storedJsons) return fresh;
    const checked = ExtractionSchema.parse(fresh);
    refreshed.push({
      articleId: article.id,
      extractionJson: JSON.stringify(checked),
      signature: buildGroupingSignature(article, checked),
    });
    return fresh;
  });
  return { extractions, refreshed, rejected };
}

function readStored(
  json: string,
  articleId: string,
): { ok: true; extraction: Extraction } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `not JSON: ${(error as Error).message}` };
  }
  const parsed = ExtractionSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `not an extraction: ${issue?.path.join(".")}: ${issue?.message}` };
  }
  if (parsed.data.articleId !== articleId) {
    return { ok: false, reason: `the extraction of article ${parsed.data.articleId}` };
  }
  return { ok: true, extraction: parsed.data };
}
