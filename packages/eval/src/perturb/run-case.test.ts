import { parseArticle } from "@parallax/core";
import { describe, expect, it } from "vitest";
import type { PerturbStory } from "./perturb-case.ts";
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
