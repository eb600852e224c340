import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../extract-article.ts";

const figures = (text: string) =>
  extractArticle(handBuiltArticle(text)).figures.map((f) => [f.text, f.value, f.unit]);

describe("figures written in capitals", () => {
  it("reads a count an outlet writes in capitals, keeping its own text", () => {
    expect(
      figures("FOUR PEOPLE HAVE DIED IN A FIRE that broke out at the Harbour Mill on Monday."),
    ).toEqual([["FOUR", 4, "people"]]);
  });

  it("reads it as the same figure as the count written in lower case", () => {
    const [capitals] = figures("FOUR PEOPLE HAVE DIED IN A FIRE at the Harbour Mill.");
    const [plain] = figures("Four people have died in a fire at the Harbour Mill.");
    expect(capitals?.slice(1)).toEqual(plain?.slice(1));
  });

  it("adds nothing for a run of capitals without a number, nor twice a figure already read", () => {
    expect(figures("THE HARBOUR COUNCIL MET on Monday.")).toEqual([]);
    expect(figures("The IBF, WBO AND IBO belts stay with Ivo Vint after 46 KOs.")).toEqual([
      ["46", 46, "KO"],
    ]);
  });
});
