import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../sieved-quotes.ts";
import { candidateFeatures, FEATURES } from "./candidate-features.ts";
import { articleCounts } from "./rank-speakers.ts";

/** The beforeColon feature of the quotation holding `words`, by candidate name. */
function beforeColonOf(words: string, ...paragraphs: string[]) {
  const { text, registry } = sievedQuotes(handBuiltArticle(paragraphs.join("\n\n")));
  const quotation = text.quotations.find((q) => text.body.slice(q.start, q.end).includes(words));
  if (quotation === undefined) throw new Error(`no quotation holds "${words}"`);
  const at = FEATURES.indexOf("beforeColon");
  const candidates = candidateFeatures(text, registry, quotation, [], articleCounts(registry));
  return new Map(candidates.map((c) => [registry.entityRecord(c.entity).name, c.features[at]]));
}

describe("speaker ranker feature: the name right before the colon that opens the quotation", () => {
  it("marks the name the colon follows, not one earlier in the sentence", () => {
    const f = beforeColonOf(
      "fees will rise",
      "Ivo Vint met the harbour crews on Monday.",
      "The vote did not surprise the harbour analyst Ada Lund: “The fees will rise before winter.”",
    );
    expect(f.get("Ada Lund")).toBe(1);
  });

  it("a name with words between it and the colon is not marked", () => {
    const f = beforeColonOf(
      "fees will rise",
      "Ivo Vint met the harbour crews on Monday.",
      "Ada Lund read out the board's letter: “The fees will rise before winter.”",
    );
    expect(f.get("Ada Lund")).toBe(0);
  });
});
