import { readFileSync } from "node:fs";
import { type Article, parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import type { EcbSubtopic } from "../datasets/ecbplus.ts";
import { bodySentences } from "../ecbplus/body-sentences.ts";
import { ingestDatasetText } from "../text/dataset-article.ts";
import type { PerturbStory } from "./perturb-case.ts";

type Region = { start: number; end: number; facts: ReadonlySet<string> };

function sharesFact(regions: readonly (readonly Region[])[]): PerturbStory["sameFact"] {
  const factsAt = (article: number, at: number) =>
    (regions[article] ?? [])
      .filter((r) => r.start <= at && at < r.end)
      .flatMap((r) => [...r.facts]);
  return (i, at, j, atOther) => {
    const mine = new Set(factsAt(i, at));
    return factsAt(j, atOther).some((f) => mine.has(f));
  };
}

/**
 * One ECB+ sub-topic as a story: each document ingested as a user would paste it; two places tell
 * one fact when their sentences mention one cross-document event chain. Documents ingestion
 * refuses (no body) are left out.
 */
export function ecbplusStory(subtopic: EcbSubtopic): PerturbStory {
  const articles: Article[] = [];
  const regions: Region[][] = [];
  for (const doc of subtopic.docs) {
    let ingested: ReturnType<typeof ingestDatasetText>;
    try {
      ingested = ingestDatasetText(doc.text, `ECB+ ${doc.id}`);
    } catch {
      continue;
    }
    articles.push(ingested.article);
    regions.push(
      bodySentences(doc, ingested.offsets).map((r) => ({
        start: r.start,
        end: r.end,
        facts: r.events,
      })),
    );
  }
  return {
    name: `${subtopic.topic}${subtopic.subtopic}`,
    source: "ecbplus",
    articles,
    sameFact: sharesFact(regions),
  };
}

/** The hand-written gold alignment of the demo corpus (the aligner's test fixture). */
const CORPUS_GOLD = new URL(
  "../../../aligner/test/fixtures/alignment-gold/korea-us-tariffs-2025-10.json",
  import.meta.url,
);

type CorpusGold = {
  articles: Record<string, string>;
  groups: { id: string; sure: [string, string][] }[];
};

/**
 * The demo corpus as a story: two places tell one fact when their paragraphs hold sure members of
 * one gold group.
 */
export function corpusStory(): PerturbStory {
  const gold = JSON.parse(readFileSync(CORPUS_GOLD, "utf8")) as CorpusGold;
  const files = loadCorpus().files;
  const articles = files.map((f) => parseArticle({ text: f.text, outlet: f.outlet }));
  const regions: Region[][] = articles.map(() => []);
  for (const group of gold.groups) {
    for (const [code, snippet] of group.sure) {
      const index = files.findIndex((f) => f.file === gold.articles[code]);
      const body = articles[index]?.body ?? "";
      const at = body.indexOf(snippet);
      if (at < 0) continue;
      const end = body.indexOf("\n", at + snippet.length);
      regions[index]?.push({
        start: body.lastIndexOf("\n", at) + 1,
        end: end < 0 ? body.length : end,
        facts: new Set([group.id]),
      });
    }
  }
  return { name: "corpus", source: "corpus", articles, sameFact: sharesFact(regions) };
}
