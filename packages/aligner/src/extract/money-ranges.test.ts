import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

function sums(text: string) {
  return extractArticle(handBuiltArticle(text))
    .figures.filter((f) => f.kind === "money")
    .map((f) => [f.text, f.value, f.upperValue]);
}

describe("sum ranges with the scale word at their end", () => {
  it("read the bare lower sum at the upper sum's scale", () => {
    expect(sums("The Harbour Council offered Ada Lund $140-150 million.")).toEqual([
      ["$140-150 million", 1.4e8, 1.5e8],
    ]);
    expect(sums("Ivo Vint asked for $140- $150 million over seven years.")).toEqual([
      ["$140- $150 million", 1.4e8, 1.5e8],
    ]);
    expect(sums("The repairs cost $5 to $10 million.")).toEqual([["$5 to $10 million", 5e6, 1e7]]);
  });

  it("leave a sum that has its own scale, or a range without one, as it was", () => {
    expect(sums("The Harbour Council paid $3 million-$4 million.")).toEqual([
      ["$3 million", 3e6, null],
      ["$4 million", 4e6, null],
    ]);
    expect(sums("Tickets cost $5-10 at the door.")).toEqual([["$5", 5, null]]);
  });
});
