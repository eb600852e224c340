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

describe("compareStory on a changed copy", () => {
  it("reports exactly one figure conflict, naming both values, when one number is changed", () => {
    const original = corpus[1] as Article;
    const changedBody = original.body.replace("$350 billion", "$300 billion");
    expect(changedBody).not.toBe(original.body);
    const comparison = compareStory([original, copyAs(original, "Copy Desk", changedBody)]);
    const conflicts = comparison.groups.flatMap((g) => g.conflicts);
    expect(conflicts).toHaveLength(1);
    const [conflict] = conflicts;
    expect(conflict?.kind).toBe("figure");
    expect(conflict?.values.map((v) => v.text).sort()).toEqual(["$300 billion", "$350 billion"]);
    const group = comparison.groups.find((g) => g.conflicts.length > 0);
    expect(group?.relation).toBe("conflict");
    // Every other statement still agrees.
    for (const g of comparison.groups)
      if (g !== group && g.about !== "title") expect(g.relation).toBe("agree");
    // The conflicting values point at the figures in each article.
    for (const value of conflict?.values ?? []) {
      const body = value.articleId === original.id ? original.body : changedBody;
      expect(body.slice(value.span?.start, value.span?.end)).toBe(value.text);
    }
  });

  it("reports a title conflict when a copy calls the sitting president 'former'", () => {
    const original = corpus[0] as Article;
    const changedBody = original.body.replace(
      "U.S. President Donald Trump",
      "former U.S. President Donald Trump",
    );
    const comparison = compareStory([original, copyAs(original, "Copy Desk", changedBody)]);
    const titles = comparison.groups.flatMap((g) => g.conflicts).filter((c) => c.kind === "title");
    expect(titles).toHaveLength(1);
    expect(titles[0]?.values.map((v) => v.text).sort()).toEqual([
      "U.S. President",
      "former U.S. President",
    ]);
  });
});
