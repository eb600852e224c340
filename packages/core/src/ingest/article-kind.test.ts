import { describe, expect, it } from "vitest";
import { countRelays, decideArticleKind, outletAttributions } from "./article-kind.ts";

const base = {
  noted: null,
  outletName: "Benzinga",
  headline: null,
  bylines: [],
  labels: [],
  paragraphs: [],
  embeds: [],
};

describe("outletAttributions", () => {
  it("finds outlets credited in prose, not people", () => {
    expect(outletAttributions("According to Chosun, a senior official said so.")).toEqual([
      "Chosun",
    ]);
    expect(outletAttributions("The Wall Street Journal reported that the deal was near.")).toEqual([
      "The Wall Street Journal",
    ]);
    expect(outletAttributions("Kim said upon his return to Seoul, Benzinga reported.")).toEqual([
      "Benzinga",
    ]);
    expect(outletAttributions("According to Kim, both sides are close.")).toEqual([]);
    expect(outletAttributions("Lee said in a Bloomberg interview on Oct. 26.")).toEqual([]);
  });
});

describe("decideArticleKind", () => {
  it("lets the user's note win", () => {
    expect(decideArticleKind({ ...base, noted: "editorial" })).toBe("editorial");
  });

  it("reads labels in the headline and page", () => {
    expect(decideArticleKind({ ...base, headline: "[Editorial] Substance over speed" })).toBe(
      "editorial",
    );
    expect(decideArticleKind({ ...base, headline: "Opinion: The deal is a mistake" })).toBe(
      "opinion",
    );
    expect(decideArticleKind({ ...base, labels: ["The Editorial Board"] })).toBe("editorial");
  });

  it("calls two or more relays of other outlets an aggregation, self-citations excluded", () => {
    const paragraphs = [
      "Talks advanced, Benzinga reported.",
      "According to Chosun, the deal is near.",
    ];
    expect(countRelays({ outletName: "Benzinga", paragraphs, embeds: [] })).toBe(1);
    expect(decideArticleKind({ ...base, paragraphs })).toBe("news");
    const embed = {
      kind: "post" as const,
      text: "",
      author: "Bloomberg",
      handle: "@business",
      date: null,
      url: null,
    };
    expect(decideArticleKind({ ...base, paragraphs, embeds: [embed] })).toBe("aggregation");
    // Counting stops once `enough` relays are found; without a limit every one is counted.
    const many = [...paragraphs, "Yonhap reported the same.", "Reuters reported it too."];
    expect(countRelays({ outletName: "Benzinga", paragraphs: many, embeds: [] })).toBe(3);
    expect(countRelays({ outletName: "Benzinga", paragraphs: many, embeds: [] }, 2)).toBe(2);
    expect(decideArticleKind({ ...base, paragraphs: many })).toBe("aggregation");
    const person = { ...embed, author: "Kim Tae-hun", handle: "@kim" };
    expect(decideArticleKind({ ...base, paragraphs, embeds: [person] })).toBe("news");
  });
});
