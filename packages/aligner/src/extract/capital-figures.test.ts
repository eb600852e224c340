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

describe("figures in a headline written in title case", () => {
  it("reads a number word of a title-case headline as the count in lower case", () => {
    const [title] = figures("Mill Owner Charged With Two Counts Of Fraud\n\nThe owner was held.");
    const [plain] = figures("Mill owner charged with two counts of fraud.\n\nThe owner was held.");
    expect(title).toEqual(["Two", 2, "count"]);
    expect(title?.slice(1)).toEqual(plain?.slice(1));
  });

  it("reads no digits after a capitalised word there, nor a line of a few capitalised words", () => {
    expect(figures("Apollo 11 Crew Members Return Home\n\nThey landed.")).toEqual([]);
    expect(figures("Two Counts Held\n\nThe owner was held.")).toEqual([]);
  });
});
