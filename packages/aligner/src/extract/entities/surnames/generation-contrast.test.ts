import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { setApartByGeneration } from "./generation-contrast.ts";

function speakerOf(body: string, start: string): string | null {
  const x = extractArticle(handBuiltArticle(body));
  const quote = x.quotes.find((q) => q.text.startsWith(start));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

describe("the younger or elder Lund is a relative set apart from the other Lund", () => {
  it("'said the younger Mr. Lund' is not Ivo Lund, the Lund the article is about", () => {
    const body =
      "Ivo Lund won the county vote on Tuesday. Mr. Lund thanked the harbour crews. " +
      'His son spoke first. "It is a movement now," said the younger Mr. Lund.';
    expect(speakerOf(body, "It is a movement")).toBeNull();
  });

  it("'said Mr. Lund' in the same article is still Ivo Lund", () => {
    const body =
      "Ivo Lund won the county vote on Tuesday. Mr. Lund thanked the harbour crews. " +
      'His son spoke first. "It is a movement now," said Mr. Lund.';
    expect(speakerOf(body, "It is a movement")).toBe("Ivo Lund");
  });

  it("reads only a comparative right before the name", () => {
    const body = "the elder Lund and the young Lund";
    expect(setApartByGeneration(body, body.indexOf("Lund"))).toBe(true);
    expect(setApartByGeneration(body, body.lastIndexOf("Lund"))).toBe(false);
  });
});
