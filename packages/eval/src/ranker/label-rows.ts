import type { RankerRow } from "@parallax/aligner";
import type { Entity } from "@parallax/core";
import type { PolnearArticle } from "../datasets/polnear.ts";
import { overlapWithParts, type Range, spansMatch } from "../metrics/span-overlap.ts";
import { resolveGoldSpeakers } from "../polnear/gold-speaker.ts";
import { judgeSpeaker } from "../polnear/judge-article.ts";
import type { SourceToBody } from "../text/source-to-body.ts";

/** One quote the rule sieves left unknown, its candidates labelled as the PolNeAR judge would. */
export type LabelledQuote = {
  article: string;
  /** The quote matches a gold attribution (direct or not, its speaker resolved or not). */
  matched: boolean;
  /** That attribution's source text (null: none, or no match), for reading misses. */
  goldSource: string | null;
  /** The quote matches a gold direct attribution whose speaker resolves to a name: picking the
   *  right candidate raises direct speaker accuracy. */
  scoredGold: boolean;
  candidates: { features: number[]; correct: boolean }[];
};

/**
 * Labels the ranker rows of one article: a candidate is correct when the quote matches a gold
 * attribution (the one sharing most, as `judgeArticle`'s precision side) and the judge finds the
 * candidate is its speaker. A quote matching no attribution has no correct candidate: any speaker
 * given to it counts against precision.
 */
export function labelRows(
  gold: PolnearArticle,
  offsets: SourceToBody,
  entities: readonly Entity[],
  rows: readonly RankerRow[],
): LabelledQuote[] {
  const speakers = resolveGoldSpeakers(gold);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const golds = gold.attributions
    .map((a) => ({
      direct: a.direct,
      parts: a.content
        .map((c) => offsets.span(c.start, c.end))
        .filter((r): r is Range => r !== null),
      source: a.source ? offsets.span(a.source.start, a.source.end) : null,
      sourceText: a.source?.text ?? null,
      outcome: {
        speaker: speakers.get(a.id) ?? {
          kind: "unresolved" as const,
          reason: "no source" as const,
        },
      },
    }))
    .filter((g) => g.parts.length > 0);
  return rows.map((row) => {
    let matched: (typeof golds)[number] | null = null;
    let shared = 0;
    for (const g of golds) {
      if (!spansMatch(row.span, g.parts)) continue;
      const overlap = overlapWithParts(row.span, g.parts);
      if (overlap > shared) {
        shared = overlap;
        matched = g;
      }
    }
    return {
      article: gold.id,
      matched: matched !== null,
      goldSource: matched?.sourceText ?? null,
      scoredGold: matched?.direct === true && matched.outcome.speaker.kind !== "unresolved",
      candidates: row.candidates.map((c) => ({
        features: c.features,
        correct: matched !== null && judgeSpeaker(c.entityId, byId, matched, offsets) === "correct",
      })),
    };
  });
}
