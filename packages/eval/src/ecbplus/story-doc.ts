import { compareExtractions, extractArticle } from "@parallax/aligner";
import { type Comparison, type Extraction, isIngestError } from "@parallax/core";
import type { EcbDoc } from "../datasets/ecbplus.ts";
import type { Range } from "../metrics/span-overlap.ts";
import { type DatasetArticle, ingestDatasetText } from "../text/dataset-article.ts";

/** One ECB+ document as the system read it. */
export type StoryDoc = DatasetArticle & { doc: EcbDoc; extraction: Extraction };

/** The documents of one story (a sub-topic, or a topic's two sub-topics "mixed") and their comparison. */
export type Story = { label: string; docs: readonly StoryDoc[]; comparison: Comparison };

/** A document's selected sentences: annotation is reliable only there (see the dataset README). */
export function selectedSentences(doc: EcbDoc): Range[] {
  return doc.sentences.filter((s) => s.selected).map((s) => ({ start: s.start, end: s.end }));
}

export function inAny(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => start >= r.start && end <= r.end);
}

/**
 * Ingests and extracts one document (its outlet is "ECB+ <id>": ECB+ gives no outlet). Null when
 * ingestion refuses it (a one-line document read as a headline has no body): counted by the suite.
 */
export function readStoryDoc(doc: EcbDoc): StoryDoc | null {
  let ingested: DatasetArticle;
  try {
    ingested = ingestDatasetText(doc.text, `ECB+ ${doc.id}`);
  } catch (error) {
    if (isIngestError(error)) return null;
    throw error;
  }
  return { ...ingested, doc, extraction: extractArticle(ingested.article) };
}

/** Compares documents already read as one story. */
export function compareDocs(label: string, docs: readonly StoryDoc[]): Story {
  return {
    label,
    docs,
    comparison: compareExtractions(
      docs.map((d) => d.article),
      docs.map((d) => d.extraction),
    ),
  };
}
