import { type Article, type Comparison, ComparisonSchema } from "@parallax/core";
import { describe, expect, it } from "vitest";
import { corpusArticles } from "../test/fixtures/alignment-gold/corpus-articles.ts";
import { compareStory } from "./compare-story.ts";
import { ALIGNER_VERSION } from "./version.ts";

const corpus = corpusArticles().map((c) => c.article);

/** The comparison with every order-dependent list sorted: equal for the same story in any order. */
function canonical(comparison: Comparison) {
  const statementKey = (g: Comparison["groups"][number]) =>
    g.statements
      .map((s) => `${s.articleId}:${s.span.start}`)
      .sort()
      .join(",");
  return {
    groups: comparison.groups
      .map((g) => ({
        key: statementKey(g),
        relation: g.relation,
        conflicts: g.conflicts.map((c) => c.kind).sort(),
      }))
      .sort((a, b) => (a.key < b.key ? -1 : 1)),
    entities: comparison.entities.map((e) => ({ name: e.name, members: e.members.length })),
    timeline: comparison.timeline.map((t) => `${t.date}|${t.articleIds.join(",")}`).sort(),
    articleIds: [...comparison.articleIds].sort(),
  };
}

function copyAs(article: Article, outlet: string, body = article.body): Article {
  // A distinct id, as ingestion would give a distinct capture.
  const id = article.id.slice(0, 15) + (article.id.endsWith("f") ? "e" : "f");
  return {
    ...article,
    id,
    outlet: { id: outlet.toLowerCase().replace(/\s+/g, "-"), name: outlet },
    body,
  };
}

describe("compareStory", () => {
  it("returns a Comparison valid against ComparisonSchema for the corpus, with every article", () => {
    const comparison = compareStory(corpus);
    expect(ComparisonSchema.parse(comparison)).toEqual(comparison);
    expect(comparison.alignerVersion).toBe(ALIGNER_VERSION);
    expect(comparison.articleIds).toEqual(corpus.map((a) => a.id));
    expect(comparison.coverage.map((c) => c.articleId)).toEqual(corpus.map((a) => a.id));
    // Every statement points at its own words in its article.
    const byId = new Map(corpus.map((a) => [a.id, a]));
    for (const group of comparison.groups) {
      for (const s of group.statements)
        expect(byId.get(s.articleId)?.body.slice(s.span.start, s.span.end)).toBe(s.text);
    }
  });

  it("is deterministic and independent of the order of the articles", () => {
    const forward = compareStory(corpus);
    expect(compareStory(corpus)).toEqual(forward);
    const shuffled = [corpus[3], corpus[0], corpus[4], corpus[2], corpus[1]] as Article[];
    const backward = compareStory(shuffled);
    expect(backward.articleIds).toEqual(shuffled.map((a) => a.id));
    expect(canonical(backward)).toEqual(canonical(forward));
  });

  it("finds an article compared with a copy of itself under another outlet to agree everywhere", () => {
    const original = corpus[1] as Article;
    const comparison = compareStory([original, copyAs(original, "Copy Desk")]);
    const claimGroups = comparison.groups.filter((g) => g.about !== "title");
    expect(claimGroups.length).toBeGreaterThan(10);
    for (const group of claimGroups) {
      expect(group.relation, group.statements[0]?.text).toBe("agree");
      expect(new Set(group.statements.map((s) => s.articleId)).size).toBe(2);
    }
  });

  it("removing an article removes only its statements", () => {
    const full = compareStory(corpus);
    const removed = corpus[2] as Article;
    const without = compareStory(corpus.filter((a) => a !== removed));
    const statements = (c: Comparison) =>
      new Set(
        c.groups
          .filter((g) => g.about !== "title")
          .flatMap((g) => g.statements.map((s) => `${s.articleId}:${s.span.start}`)),
      );
    const before = statements(full);
    const after = statements(without);
    for (const key of before) expect(after.has(key)).toBe(!key.startsWith(removed.id));
    for (const key of after) expect(before.has(key)).toBe(true);
  });

  it("handles an empty story and a story of one article", () => {
    expect(ComparisonSchema.parse(compareStory([])).groups).toEqual([]);
    const single = compareStory([corpus[0] as Article]);
    expect(single.groups.every((g) => g.relation === "unique")).toBe(true);
  });
});
