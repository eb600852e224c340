import { fileURLToPath } from "node:url";
import { extractArticle } from "@parallax/aligner";
import type { Extraction } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { readPolnear } from "../datasets/polnear.ts";
import { ingestDatasetText } from "../text/dataset-article.ts";
import { judgeArticle } from "./judge-article.ts";
import { summarizePolnear } from "./summarize.ts";

const fixture = fileURLToPath(new URL("../../test/fixtures/polnear-tiny.jsonl", import.meta.url));
const [gold] = readPolnear(fixture);
if (!gold) throw new Error("fixture is empty");
const { article, offsets } = ingestDatasetText(gold.text, gold.publisher);
const extraction = extractArticle(article);

/** The same extraction with one quote's speaker replaced. */
function withSpeaker(quoteText: string, speakerId: string | null): Extraction {
  return {
    ...extraction,
    quotes: extraction.quotes.map((q) => (q.text === quoteText ? { ...q, speakerId } : q)),
  };
}

describe("judgeArticle on an invented PolNeAR-shaped article", () => {
  it("finds each attribution and judges named, pronoun and description speakers", () => {
    const judged = judgeArticle(gold, offsets, extraction);
    expect(judged.gold.map((g) => [g.id, g.found, g.speaker.kind, g.verdict])).toEqual([
      ["E1", true, "unresolved", null],
      ["E2", true, "named", "correct"],
      ["E3", true, "antecedent", "correct"],
      ["E4", true, "unresolved", null],
    ]);
    // "officials" and "Some critics" are the system's speakers on the gold source's own words.
    expect(judged.system.every((s) => s.matched && s.speakerCorrect)).toBe(true);
  });

  it("counts a wrong speaker as wrong and a missing one as unknown", () => {
    const marlow = extraction.entities.find((e) => e.name === "Ann Marlow");
    const officials = extraction.entities.find((e) => e.name === "officials");
    if (!marlow || !officials) throw new Error("extraction changed: fixture speakers not found");
    const wrong = judgeArticle(
      gold,
      offsets,
      withSpeaker("the first boats would sail in June", officials.id),
    );
    expect(wrong.gold.find((g) => g.id === "E3")?.verdict).toBe("wrong");
    const critics = judgeArticle(gold, offsets, withSpeaker("the fares were too high", marlow.id));
    expect(critics.system.find((s) => !s.speakerCorrect)).toBeDefined();
    const unknown = judgeArticle(
      gold,
      offsets,
      withSpeaker("We expect the route to carry 400 passengers a day", null),
    );
    expect(unknown.gold.find((g) => g.id === "E2")?.verdict).toBe("unknown");
    expect(unknown.system.filter((s) => s.attributed)).toHaveLength(3);
  });

  it("does not find an attribution the system has no quote for", () => {
    const none = judgeArticle(gold, offsets, { ...extraction, quotes: [] });
    expect(none.gold.every((g) => !g.found && g.verdict === null)).toBe(true);
    const figures = summarizePolnear(1, none.gold, none.system);
    expect(figures.gold.all.foundRate).toBe(0);
    expect(figures.gold.all.speakerAccuracy).toBeNull();
    expect(figures.system.all.quotePrecision).toBeNull();
  });

  it("sums up direct, indirect and named-source figures", () => {
    const judged = judgeArticle(gold, offsets, extraction);
    const f = summarizePolnear(1, judged.gold, judged.system);
    expect(f.gold.direct).toMatchObject({ attributions: 1, found: 1, speakerAccuracy: 1 });
    expect(f.gold.indirect).toMatchObject({ attributions: 3, found: 3, speakerJudged: 1 });
    expect(f.gold.namedSource.attributions).toBe(1);
    expect(f.gold.unresolved).toEqual({ description: 2 });
    expect(f.system.all).toMatchObject({ quotes: 4, matched: 4, attributedPrecision: 1 });
  });

  it("judges strictly by the entity's name: a fragment on the gold name is lenient-right only", () => {
    const marlow = extraction.entities.find((e) => e.name === "Ann Marlow");
    if (!marlow) throw new Error("extraction changed: fixture speaker not found");
    const judged = judgeArticle(gold, offsets, extraction);
    expect(judged.gold.find((g) => g.id === "E2")).toMatchObject({
      verdict: "correct",
      strictVerdict: "correct",
      strictMismatch: null,
    });
    // The same entity shown as "Ann": its mentions still touch the gold name.
    const fragment = judgeArticle(gold, offsets, {
      ...extraction,
      entities: extraction.entities.map((e) => (e.id === marlow.id ? { ...e, name: "Ann" } : e)),
    });
    expect(fragment.gold.find((g) => g.id === "E2")).toMatchObject({
      verdict: "correct",
      strictVerdict: "wrong",
      strictMismatch: "part of the gold name",
    });
    const f = summarizePolnear(1, fragment.gold, fragment.system);
    expect(f.gold.direct.speakerAccuracy).toBe(1);
    expect(f.gold.strict.direct).toMatchObject({ judged: 1, correct: 0, wrong: 1, lenientOnly: 1 });
    expect(f.gold.strict.direct.lenientOnlyBy["part of the gold name"]).toBe(1);
  });
});
