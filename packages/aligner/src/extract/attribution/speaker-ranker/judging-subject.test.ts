import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../sieved-quotes.ts";
import { candidateFeatures, FEATURES } from "./candidate-features.ts";
import { judgingVerbAfter } from "./judging-subject.ts";
import { articleCounts } from "./rank-speakers.ts";

/** The judgingSubject feature of the quotation holding `words`, by candidate name. */
function judgingOf(words: string, ...paragraphs: string[]) {
  const { text, registry } = sievedQuotes(handBuiltArticle(paragraphs.join("\n\n")));
  const quotation = text.quotations.find((q) => text.body.slice(q.start, q.end).includes(words));
  if (quotation === undefined) throw new Error(`no quotation holds "${words}"`);
  const at = FEATURES.indexOf("judgingSubject");
  const candidates = candidateFeatures(text, registry, quotation, [], articleCounts(registry));
  return new Map(candidates.map((c) => [registry.entityRecord(c.entity).name, c.features[at]]));
}

describe("speaker ranker feature: the subject of a verb of judging before the quotation", () => {
  it("reads the verb after adverbs and auxiliaries", () => {
    expect(judgingVerbAfter("Ada Lund has again criticised the plan", "Ada Lund".length)).toBe(
      true,
    );
    expect(judgingVerbAfter("Ada Lund later praised the plan", "Ada Lund".length)).toBe(true);
    expect(judgingVerbAfter("Ada Lund said the plan", "Ada Lund".length)).toBe(false);
    expect(judgingVerbAfter("Ada Lund visited the port", "Ada Lund".length)).toBe(false);
  });

  it("marks the judge, not the one judged", () => {
    const f = judgingOf(
      "reckless gamble",
      "Ivo Vint met the harbour crews on Monday.",
      "Ada Lund criticised Ivo Vint for what she saw as a “reckless gamble” with the port.",
    );
    expect(f.get("Ada Lund")).toBe(1);
    expect(f.get("Ivo Vint")).toBe(0);
  });

  it("a reporting verb is no verb of judging", () => {
    const f = judgingOf(
      "quiet winter",
      "Ivo Vint met the harbour crews on Monday.",
      "Ada Lund said the port faced “a quiet winter” after the vote.",
    );
    expect(f.get("Ada Lund")).toBe(0);
  });
});
