import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { sievedQuotes } from "../../attribution/sieved-quotes.ts";

/** The speaker name the sieves give the quotation starting with `opening`, or null. */
function speakerOf(body: string, opening: string): string | null {
  const { registry, drafts } = sievedQuotes(handBuiltArticle(body));
  const draft = drafts.find((d) => body.slice(d.start, d.end).startsWith(opening));
  expect(draft).toBeDefined();
  return typeof draft!.speaker === "number" ? registry.nameOf(draft!.speaker) : null;
}

describe("a he/she whose sentence opens with an unresolved he/she stays unknown", () => {
  it("does not pass over the unseen subject to the person it lashed out at", () => {
    const body = [
      "He lashed out at his critics on Tuesday, including Senator Amos Vint of Norland.",
      "“Nobody will stop this plan,” he said.",
    ].join("\n\n");
    expect(speakerOf(body, "Nobody will stop")).toBeNull();
  });

  it("still resolves when a named person is that sentence's subject", () => {
    const body = [
      "Amos Vint lashed out at his critics on Tuesday, including Senator Peter Moss of Norland.",
      "“Nobody will stop this plan,” he said.",
    ].join("\n\n");
    expect(speakerOf(body, "Nobody will stop")).toBe("Amos Vint");
  });

  it("is not blocked by an unresolved pronoun of the other form", () => {
    const body = [
      "She lashed out at her critics on Tuesday, including Senator Amos Vint of Norland.",
      "“Nobody will stop this plan,” he said.",
    ].join("\n\n");
    expect(speakerOf(body, "Nobody will stop")).toBe("Amos Vint");
  });
});
