import { extractArticle } from "@parallax/aligner";
import { ExtractionSchema, parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { extractionsForComparison } from "./stored-extractions.ts";

const article = (outlet: string, text: string) => parseArticle({ outlet, text });
const first = article(
  "Norland Courier",
  'Castlebay bridge reopens\n\nThe Castlebay bridge reopened on Monday after repairs that cost 12 million crowns.\n\n"It is safe again," said Ivo Vint, the city engineer.',
);
const second = article(
  "Harbour Post",
  "Bridge open again in Castlebay\n\nCastlebay's bridge is open again after repairs costing 14 million crowns, engineer Ivo Vint said on Monday.",
);
const storedJson = (a: typeof first) => JSON.stringify(ExtractionSchema.parse(extractArticle(a)));

describe("extractionsForComparison", () => {
  it("uses a stored extraction as it reads back, and extracts an article without one", () => {
    const stored = JSON.parse(storedJson(first));
    const { extractions, refreshed, rejected } = extractionsForComparison(
      [first, second],
      [JSON.stringify(stored), null],
    );
    expect(extractions[0]).toEqual(stored);
    expect(extractions[1]).toEqual(extractArticle(second));
    expect(rejected).toEqual([]);
    expect(refreshed.map((r) => r.articleId)).toEqual([second.id]);
    expect(refreshed[0]?.extractionJson).toBe(storedJson(second));
    expect(refreshed[0]?.signature.actors).toContain("ivovint");
  });

  it("extracts again, and says why, when a stored extraction is not JSON, not an extraction or another article's", () => {
    const notAnExtraction = JSON.stringify({ articleId: first.id, sentences: "none" });
    for (const [json, reason] of [
      ['{"articleId": "', /^not JSON/],
      [notAnExtraction, /^not an extraction: sentences/],
      [storedJson(second), new RegExp(`^the extraction of article ${second.id}`)],
    ] as const) {
      const { extractions, refreshed, rejected } = extractionsForComparison([first], [json]);
      expect(extractions).toEqual([extractArticle(first)]);
      expect(rejected).toEqual([{ articleId: first.id, reason: expect.stringMatching(reason) }]);
      expect(refreshed.map((r) => r.extractionJson)).toEqual([storedJson(first)]);
    }
  });

  it("without stored extractions given, extracts every article and prepares nothing to store", () => {
    const { extractions, refreshed } = extractionsForComparison([first, second]);
    expect(extractions).toEqual([extractArticle(first), extractArticle(second)]);
    expect(refreshed).toEqual([]);
  });
});
