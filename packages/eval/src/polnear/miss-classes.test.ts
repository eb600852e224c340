import { fileURLToPath } from "node:url";
import { extractArticle } from "@parallax/aligner";
import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { readPolnear } from "../datasets/polnear.ts";
import { ingestDatasetText } from "../text/dataset-article.ts";
import { judgeArticle } from "./judge-article.ts";
import { missClassRows, speakerMisses } from "./miss-classes.ts";

const fixture = fileURLToPath(new URL("../../test/fixtures/polnear-tiny.jsonl", import.meta.url));
const [gold] = readPolnear(fixture);
if (!gold) throw new Error("fixture is empty");
const { article, offsets } = ingestDatasetText(gold.text, gold.publisher);
const extraction = extractArticle(article);
const quote = "We expect the route to carry 400 passengers a day";

function missesWith(speakerId: string | null) {
  const x: Extraction = {
    ...extraction,
    quotes: extraction.quotes.map((q) =>
      q.text.includes(quote)
        ? { ...q, speakerId, speakerStatus: speakerId === null ? "unknown" : "resolved" }
        : q,
    ),
  };
  const judged = judgeArticle(gold!, offsets, x);
  return speakerMisses(gold!, offsets, article.body, article.paragraphs, x, judged.gold);
}

describe("direct speaker misses (train dumps)", () => {
  it("lists nothing when every direct speaker is right", () => {
    expect(missesWith(extraction.quotes.find((q) => q.text.includes(quote))!.speakerId)).toEqual(
      [],
    );
  });

  it("gives an unknown speaker with its paragraph, gold source and class", () => {
    const [miss, ...rest] = missesWith(null);
    expect(rest).toEqual([]);
    expect(miss).toMatchObject({
      attribution: "E2",
      verdict: "unknown",
      class: "source in the quote's paragraph",
      gold: { source: "Ann Marlow, the council’s transport chair", name: "Ann Marlow" },
      system: { speaker: null, kind: null, status: "unknown" },
    });
    expect(miss?.paragraph).toMatch(/^“We expect the route .* transport chair\.$/);
  });

  it("says when a wrong speaker is no person, and counts misses by class", () => {
    const officials = extraction.entities.find((e) => e.name === "officials");
    if (!officials) throw new Error("extraction changed: fixture speaker not found");
    const misses = missesWith(officials.id);
    expect(misses.map((m) => [m.verdict, m.class, m.system.speaker])).toEqual([
      ["wrong", "source in the quote's paragraph; system took: unnamed source", "officials"],
    ]);
    expect(missClassRows([...misses, ...missesWith(null), ...missesWith(null)])).toEqual([
      ["unknown", "source in the quote's paragraph", "2"],
      ["wrong", "source in the quote's paragraph; system took: unnamed source", "1"],
    ]);
  });

  it("counts a speaker left ambiguous (here two people of one surname) apart", () => {
    const x: Extraction = {
      ...extraction,
      quotes: extraction.quotes.map((q) =>
        q.text.includes(quote) ? { ...q, speakerId: null, speakerStatus: "ambiguous" } : q,
      ),
    };
    const judged = judgeArticle(gold!, offsets, x);
    const misses = speakerMisses(gold!, offsets, article.body, article.paragraphs, x, judged.gold);
    expect(misses.map((m) => m.class)).toEqual([
      "system: ambiguous (several candidates: a shared surname, a list of names, asker and asked)",
    ]);
  });
});
