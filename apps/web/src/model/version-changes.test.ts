import { describe, expect, it } from "vitest";
import type { ArticleVersions, VersionDiff } from "../api-client.ts";
import { changedGroups, changedOnly, changeSummary } from "./version-changes.ts";

const side = (version: number) => ({
  version,
  contentId: `${version}`.repeat(16),
  headline: `Headline ${version}`,
  fetchedAt: "2031-03-03T10:00:00.000Z",
});

const diff = (over: Partial<VersionDiff>): VersionDiff => ({
  articleKey: "1111111111111111",
  from: side(1),
  to: side(2),
  headline: null,
  changed: [],
  quotes: { added: [], removed: [] },
  claims: { added: [], removed: [] },
  corrections: [],
  ...over,
});

describe("version changes", () => {
  it("names each kind of change with its count, headline first", () => {
    const d = diff({
      headline: { before: "A", after: "B" },
      changed: [
        { kind: "speaker", subject: "who said it", before: "X", after: "Y" },
        { kind: "figure", subject: "cost", before: "$3", after: "$4" },
        { kind: "figure", subject: "jobs", before: "10", after: "12" },
      ],
      quotes: { added: ["q"], removed: [] },
      claims: { added: [], removed: ["c1", "c2"] },
      corrections: ["Correction: …"],
    });
    expect(changeSummary(d)).toBe(
      "headline changed, 2 figures changed, 1 speaker changed, 1 quote added, 2 claims removed, 1 correction",
    );
    expect(changedGroups(d).map((g) => [g.title, g.changes.length])).toEqual([
      ["Figures changed", 2],
      ["Speakers changed", 1],
    ]);
  });

  it("says so when only the wording changed", () => {
    expect(changeSummary(diff({}))).toBe("wording changed; no claim changed");
  });

  it("keeps only articles with more than one version", () => {
    const entry = (n: number): ArticleVersions => ({
      articleKey: "1111111111111111",
      currentId: "1111111111111111",
      url: "https://example.org/a",
      versions: Array.from({ length: n }, (_, i) => side(i + 1)),
      refetch: null,
    });
    const two = entry(2);
    expect(changedOnly([entry(1), two])).toEqual([two]);
  });
});
