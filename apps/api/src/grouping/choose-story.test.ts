import { readFileSync } from "node:fs";
import { extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { loadCorpus } from "@parallax/corpus";
import { describe, expect, it } from "vitest";
import { candidateWindow, chooseStory, JOIN_THRESHOLD, scoreStoryMatch } from "./choose-story.ts";
import { buildGroupingSignature, type GroupingSignature } from "./grouping-signature.ts";

const signatureOf = (outlet: string, text: string) => {
  const article = parseArticle({ outlet, text });
  return buildGroupingSignature(article, extractArticle(article));
};

const corpus = loadCorpus().files.map((file) => signatureOf(file.outlet, file.text));
const unrelated = signatureOf(
  "Lisbon Post",
  readFileSync(new URL("../testing/fixtures/unrelated-article.txt", import.meta.url), "utf8"),
);

describe("chooseStory", () => {
  it("puts each tariff-talks article into the story formed by the ones before it", () => {
    for (let i = 1; i < corpus.length; i++) {
      const choice = chooseStory(corpus[i]!, [{ storyId: "tariffs", members: corpus.slice(0, i) }]);
      expect(choice, `article ${i}`).toMatchObject({ decision: "joined", storyId: "tariffs" });
      expect(choice.score).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
    }
  });

  it("starts a new story for an unrelated article published the same week", () => {
    const choice = chooseStory(unrelated, [{ storyId: "tariffs", members: corpus }]);
    expect(choice.decision).toBe("new");
    expect(choice.score).toBeLessThan(JOIN_THRESHOLD / 2);
  });

  it("picks the story the article resembles most among several", () => {
    const choice = chooseStory(corpus[4]!, [
      { storyId: "lisbon", members: [unrelated] },
      { storyId: "tariffs", members: corpus.slice(0, 3) },
    ]);
    expect(choice).toMatchObject({ decision: "joined", storyId: "tariffs" });
  });

  it("does not join a story whose articles are all far outside the time window", () => {
    const later: GroupingSignature = { ...corpus[1]!, publishedOn: "2026-03-01" };
    expect(scoreStoryMatch(later, corpus.slice(0, 1))).toBe(0);
    // An undated article is not excluded by dates.
    const undated: GroupingSignature = { ...corpus[1]!, publishedOn: null };
    expect(scoreStoryMatch(undated, corpus.slice(0, 1))).toBeGreaterThan(0);
  });

  it("reads candidates from a window of ±10 days around the publication day", () => {
    expect(candidateWindow({ ...corpus[0]!, publishedOn: "2025-10-24" })).toEqual({
      from: "2025-10-14",
      to: "2025-11-04",
    });
    expect(candidateWindow({ ...corpus[0]!, publishedOn: null })).toBeUndefined();
  });

  it("starts a new story when there is none", () => {
    expect(chooseStory(corpus[0]!, [])).toEqual({ decision: "new", score: 0 });
  });
});
