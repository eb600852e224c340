import { describe, expect, it } from "vitest";
import { articleHalf, contentWords, ingestPolnear, pseudoStories } from "./pseudo-stories.ts";

describe("articleHalf", () => {
  it("is build when the id's char codes sum to an even number, check when odd", () => {
    expect(articleHalf("aa")).toBe("build");
    expect(articleHalf("ab")).toBe("check");
  });
});

describe("contentWords", () => {
  it("keeps words of three letters or more, leaving function words out", () => {
    expect([...contentWords("The Orvale bridge is to open in June, Ada Lund said.")]).toEqual([
      "orvale",
      "bridge",
      "open",
      "june",
      "ada",
      "lund",
    ]);
  });
});

const article = (publisher: string, date: string, text: string) => ({ publisher, date, text });

describe("pseudoStories", () => {
  const articles = [
    article(
      "Norland Post",
      "2016-03-01",
      "Orvale bridge tolls rise, the Harbour Trust says; ferries stop.",
    ),
    article(
      "Orvale Herald",
      "2016-03-02",
      "The Harbour Trust raises Orvale bridge tolls; ferries stop.",
    ),
    article(
      "Norland Post",
      "2016-03-02",
      "Orvale bridge tolls and ferries: the Harbour Trust decides.",
    ),
    article(
      "Castlebay Times",
      "2016-05-30",
      "Orvale bridge tolls rise as the Harbour Trust stops ferries.",
    ),
    article("Castlebay Times", "2016-03-01", "Tarquil Vint wins the chess final in Castlebay."),
  ];

  it("joins an article to similar articles of other publishers published within the days", () => {
    const stories = pseudoStories(articles, { min: 0.1, days: 10, size: 6 });
    expect(stories[0]).toEqual([0, 1]);
    // One article per publisher; the far-off article and the unrelated one stay out.
    for (const s of stories) expect(s).not.toContain(3);
    for (const s of stories) expect(s).not.toContain(4);
  });

  it("builds a set of members once", () => {
    const stories = pseudoStories(articles, { min: 0.1, days: 10, size: 6 });
    const keys = stories.map((s) => [...s].sort().join(","));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("ingestPolnear", () => {
  it("gives a dated article its publication day as a dateline", () => {
    const a = article(
      "Norland Post",
      "2016-03-01T00:00:00",
      "Ada Lund spoke.\n\nThe Orvale bridge opens.",
    );
    expect(ingestPolnear(a, true).publishedAt?.value).toBe("2016-03-01");
    expect(ingestPolnear(a, false).publishedAt?.source).not.toBe("dateline");
  });
});
