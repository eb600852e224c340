import { extractArticle } from "@parallax/aligner";
import type { Article, Extraction } from "@parallax/core";
import { type PolnearArticle, polnearFile, readPolnear } from "../datasets/polnear.ts";
import { ingestDatasetTextOrNull } from "../text/dataset-article.ts";
import type { SourceToBody } from "../text/source-to-body.ts";
import { judgeArticle } from "./judge-article.ts";
import { articleHalf } from "./pseudo-stories.ts";

/** One PolNeAR train article as the by-half scripts read it: ingested, extracted and judged. */
export type JudgedTrainArticle = {
  item: PolnearArticle;
  article: Article;
  /** Maps the dataset text's offsets (gold spans) to the ingested body's. */
  offsets: SourceToBody;
  half: "build" | "check";
  extraction: Extraction;
  judged: ReturnType<typeof judgeArticle>;
};

/**
 * Every PolNeAR train article that ingests, with its half (BUILD or CHECK), extraction and
 * judgement — the loop the by-half scripts share. Train only: dev is never read this way.
 */
export function* judgedTrainArticles(dataDir: string): Generator<JudgedTrainArticle> {
  for (const item of readPolnear(polnearFile(dataDir, "train"))) {
    const ingested = ingestDatasetTextOrNull(item.text, item.publisher);
    if (ingested === null) continue;
    const extraction = extractArticle(ingested.article);
    yield {
      item,
      article: ingested.article,
      offsets: ingested.offsets,
      half: articleHalf(item.id),
      extraction,
      judged: judgeArticle(item, ingested.offsets, extraction),
    };
  }
}
