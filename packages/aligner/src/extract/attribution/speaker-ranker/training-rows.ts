// The speaker ranker's training input: what the last sieve sees for each quote, with entity ids
// an evaluation can judge against a gold speaker. Used by packages/eval's ranker training only.

import type { Article, Entity } from "@parallax/core";
import { sievedQuotes } from "../sieved-quotes.ts";
import { rankerInputs } from "./rank-speakers.ts";

export type RankerRow = {
  /** The quote's span, in article offsets (as `Quote.span`). */
  span: { start: number; end: number };
  candidates: { entityId: string; features: number[] }[];
};

/**
 * Reads an article up to the rule sieves (`sievedQuotes`, as `extractArticle` does) and returns its entities and,
 * for every direct quote they left without a speaker, the ranker's candidates and features.
 */
export function speakerRankerRows(article: Article): { entities: Entity[]; rows: RankerRow[] } {
  const { text, registry, drafts } = sievedQuotes(article);
  const inputs = rankerInputs(text, registry, drafts);
  const { entities, idOf } = registry.toEntities();
  const rows: RankerRow[] = inputs.map(({ draft, candidates }) => {
    const span = text.span(draft.start, draft.end);
    return {
      span: { start: span.start, end: span.end },
      candidates: candidates
        .map((c) => ({ entityId: idOf(c.entity), features: c.features }))
        .filter((c) => c.entityId !== ""),
    };
  });
  return { entities, rows };
}
