import { fileURLToPath } from "node:url";
import { extractArticle } from "@parallax/aligner";
import { describe, expect, it } from "vitest";
import { readPolnear } from "../datasets/polnear.ts";
import { ingestDatasetText } from "../text/dataset-article.ts";
import { labelRows } from "./label-rows.ts";

const fixture = fileURLToPath(new URL("../../test/fixtures/polnear-tiny.jsonl", import.meta.url));
const [gold] = readPolnear(fixture);
if (!gold) throw new Error("fixture is empty");
const { article, offsets } = ingestDatasetText(gold.text, gold.publisher);
const { entities } = extractArticle(article);
const idOf = (name: string) => entities.find((e) => e.name === name)?.id ?? "";
const spanOf = (words: string) => {
  const start = article.body.indexOf(words);
  return { start, end: start + words.length };
};

describe("labelling the ranker's candidates as the PolNeAR judge would", () => {
  it("the gold's named speaker is right, another candidate wrong", () => {
    const [row] = labelRows(gold, offsets, entities, [
      {
        span: spanOf("We expect the route to carry 400 passengers a day,"),
        candidates: [
          { entityId: idOf("Ann Marlow"), features: [1] },
          { entityId: idOf("officials"), features: [0] },
        ],
      },
    ]);
    expect(row?.matched).toBe(true);
    expect(row?.scoredGold).toBe(true);
    expect(row?.candidates.map((c) => c.correct)).toEqual([true, false]);
  });

  it("a quote matching no attribution has no right candidate", () => {
    const [row] = labelRows(gold, offsets, entities, [
      {
        span: spanOf("Some critics said"),
        candidates: [{ entityId: idOf("Ann Marlow"), features: [1] }],
      },
    ]);
    expect(row?.matched).toBe(false);
    expect(row?.candidates[0]?.correct).toBe(false);
  });
});
