import { compareStory, extractArticle } from "@parallax/aligner";
import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { describeMiss } from "./case-miss.ts";
import { editedArticle, type PerturbStory } from "./perturb-case.ts";
import { makeCases, readStory, runCase } from "./run-case.ts";

// Two invented reports of one announcement, written for this test.
const first = parseArticle({
  outlet: "Invented Wire",
  text: [
    "Harbor City will spend $350 billion on new flood barriers, Mayor Ana Ruiz said on Tuesday.",
    "The barriers are expected to protect 40,000 homes along the river.",
  ].join("\n\n"),
});
const second = parseArticle({
  outlet: "Invented Ledger",
  text: [
    "Mayor Ana Ruiz said on Tuesday that Harbor City will spend $350 billion on new flood barriers.",
    "Engineers said the barriers are expected to protect 40,000 homes along the river.",
  ].join("\n\n"),
});
const story: PerturbStory = {
  name: "invented",
  source: "corpus",
  articles: [first, second],
  sameFact: () => true,
};

describe("runCase", () => {
  it("finds a changed sum of money as a figure conflict naming both outlets, with nothing else changed", () => {
    const read = readStory(story);
    const money = makeCases(read).find((c) => c.kind === "figure" && c.form === "currency");
    expect(money).toMatchObject({ before: "350", after: "700" });
    const result = runCase(read, money as NonNullable<typeof money>);
    expect(result.found).toBe(true);
    expect(result.complete).toBe(true);
    expect(result.shown).toMatch(/^figure: .*700.*350|^figure: .*350.*700/);
    expect(result.appeared).toEqual([]);
  });
});

describe("describeMiss", () => {
  it("shows the edited statement, its group and the witness statements holding the old value", () => {
    const read = readStory(story);
    const homes = makeCases(read).find((c) => c.kind === "figure" && c.before === "40,000");
    expect(homes).toBeDefined();
    const c = homes as NonNullable<typeof homes>;
    const articles = story.articles.map((a, i) => (i === c.articleIndex ? editedArticle(a, c) : a));
    const miss = describeMiss(
      c,
      false,
      articles,
      compareStory(articles),
      articles.map(extractArticle),
    );
    expect(miss.edited?.text).toContain(c.after);
    expect(miss.edited?.article).toBe(c.articleIndex);
    expect(miss.witnesses.map((w) => w.article)).toEqual(c.witnesses);
    expect(miss.witnesses.every((w) => w.text.includes("40,000"))).toBe(true);
    expect(miss.conflicts.some((k) => k.includes(c.after) && k.includes("40,000"))).toBe(true);
  });

  it("is only attached to cases not found complete, and only when asked", () => {
    const read = readStory(story);
    const money = makeCases(read).find((c) => c.kind === "figure" && c.form === "currency");
    const c = money as NonNullable<typeof money>;
    expect(runCase(read, c, true).miss).toBeUndefined();
    expect(runCase(read, c).miss).toBeUndefined();
  });
});
