import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";

function names(body: string, kind: string): string[] {
  return extractArticle(handBuiltArticle(body))
    .entities.filter((e) => e.kind === kind)
    .map((e) => e.name);
}

describe("a capitalised clause opener is no part of an organisation's name", () => {
  it("'As Harbour Radio reported' names Harbour Radio", () => {
    const body = "As Harbour Radio reported, the ferry talks ended on Monday.";
    expect(names(body, "organization")).toEqual(["Harbour Radio"]);
  });

  it("'When Harbour Ferry Group met' and 'Unlike Norland Shipping Group' drop the opener", () => {
    const body =
      "When Harbour Ferry Group met, the pier was closed. Unlike Norland Shipping Group, it paid.";
    expect(names(body, "organization").sort()).toEqual([
      "Harbour Ferry Group",
      "Norland Shipping Group",
    ]);
  });

  it("an opener whose removal leaves one word stays as it was ('The Group' still loses 'The')", () => {
    const body = "The Group said the pier was closed.";
    expect(names(body, "organization")).not.toContain("The Group");
  });
});
