import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import {
  namesOf,
  polnearStory,
  sentenceAt,
  tellOneFact,
  tellOneFactStrictly,
} from "./polnear-story.ts";

describe("tellOneFact", () => {
  it("takes two outlets' sentences sharing most of their content words as one fact", () => {
    expect(
      tellOneFact(
        "The Harbour Trust will open the Orvale bridge on Tuesday, Ada Lund said.",
        "Ada Lund said the Orvale bridge of the Harbour Trust opens Tuesday.",
      ),
    ).toBe(true);
  });

  it("refuses sentences sharing too few words, or too small a share of them", () => {
    expect(
      tellOneFact(
        "The Orvale bridge opens on Tuesday.",
        "Voters in Norland go to the polls on Tuesday.",
      ),
    ).toBe(false);
    // Three words shared, but of eight in the shorter sentence.
    expect(
      tellOneFact(
        "Ivo Vint spoke in Orvale about harbour ferries, tolls and budgets.",
        "Ivo Vint opened the Orvale chess final in the town hall.",
      ),
    ).toBe(false);
  });

  it("leaves out the words both places hold by construction (a date case's day)", () => {
    const [a, b] = [
      "Ivo Vint ended his Orvale campaign Tuesday night.",
      "Ivo Vint faces a close race in Orvale's vote on Tuesday.",
    ];
    expect(tellOneFact(a, b)).toBe(true);
    expect(tellOneFact(a, b, new Set(["tuesday"]))).toBe(false);
  });
});

describe("tellOneFactStrictly", () => {
  it("keeps sentences sharing most content words and a name", () => {
    expect(
      tellOneFactStrictly(
        "The Harbour Trust will open the Orvale bridge on Tuesday, Ada Lund said.",
        "Ada Lund said the Orvale bridge of the Harbour Trust opens Tuesday.",
      ),
    ).toBe(true);
  });

  it("refuses sentences the loose reading pairs when they share no name", () => {
    const [a, b] = [
      "The bridge vote will take place on Tuesday in the harbour hall, officials said.",
      "Officials said the harbour bridge vote was set for Thursday at the hall.",
    ];
    expect(tellOneFact(a, b)).toBe(true);
    expect(tellOneFactStrictly(a, b)).toBe(false);
  });

  it("reads names after the sentence start, without weekdays, months or function words", () => {
    expect([
      ...namesOf("Officials said Ada Lund's Harbour Trust met on Tuesday in May. It rained."),
    ]).toEqual(["ada", "lund", "harbour", "trust"]);
  });
});

describe("sentenceAt", () => {
  const sentences = [{ span: { start: 0, end: 10 } }, { span: { start: 11, end: 30 } }];
  it("finds the sentence holding an offset, or none between sentences", () => {
    expect(sentenceAt(sentences, 12)).toEqual({ start: 11, end: 30 });
    expect(sentenceAt(sentences, 10)).toBeNull();
  });
});

describe("polnearStory", () => {
  it("tells one fact by the sentences holding the two places", () => {
    const first = parseArticle({
      text: "Bridge news\n\nThe Harbour Trust will open the Orvale bridge on Tuesday, Ada Lund said. Ferries stop.",
      outlet: "Norland Post",
    });
    const second = parseArticle({
      text: "Orvale\n\nAda Lund said the Orvale bridge of the Harbour Trust opens Tuesday. Tolls rise in May.",
      outlet: "Orvale Herald",
    });
    const story = polnearStory("seed", [first, second]);
    const at = (body: string, word: string) => body.indexOf(word);
    expect(story.source).toBe("polnear");
    expect(story.sameFact(0, at(first.body, "Tuesday"), 1, at(second.body, "Tuesday"))).toBe(true);
    expect(story.sameFact(0, at(first.body, "Tuesday"), 1, at(second.body, "Tolls"))).toBe(false);
    const strict = polnearStory("seed", [first, second], true);
    expect(strict.sameFact(0, at(first.body, "Tuesday"), 1, at(second.body, "Tuesday"))).toBe(true);
  });
});
