import { describe, expect, it } from "vitest";
import { corpusComparison } from "../test/fixtures/alignment-gold/corpus-comparison.ts";
import { renderMarkdown } from "./markdown-report.ts";

describe("renderMarkdown", () => {
  const { articles, comparison } = corpusComparison();
  const report = renderMarkdown(comparison, articles);

  it("has every section and every article with its outlet", () => {
    for (const heading of [
      "# Parallax comparison",
      "## Articles",
      "## Disagreements",
      "## What the outlets share",
      "## Reported by one outlet only",
      "## People and organisations",
      "## Figures",
      "## Timeline",
      "## Coverage",
    ]) {
      expect(report).toContain(heading);
    }
    for (const name of ["Korea JoongAng Daily", "Chosun Ilbo", "Benzinga"])
      expect(report).toContain(name);
  });

  it("states the disagreements with both values and their outlets", () => {
    expect(report).toMatch(
      /\*\*title\*\* — Donald Trump's title: “former US President” \(\[5\] Benzinga\) vs “U\.S\. President”/,
    );
    expect(report).toMatch(/\*\*stance\*\*.*“very close to a deal”.*“at an impasse”/);
  });

  it("gives Chosun's title for Kim Jung-kwan whole: the post written after his name included", () => {
    const row = report.split("\n").find((line) => line.startsWith("| Kim Jung-kwan |"));
    expect(row).toContain(
      "[3] Chosun Ilbo: Minister of the Ministry of Trade, Industry and Energy",
    );
    expect(row).toMatch(/Industry Minister/);
    expect(report).not.toMatch(/Kim Jung-kwan's title/);
  });

  it("keeps table cells on one line and escapes pipes", () => {
    for (const line of report.split("\n").filter((l) => l.startsWith("|"))) {
      expect(line.endsWith("|")).toBe(true);
    }
    const withPipe = renderMarkdown(
      {
        ...comparison,
        entities: [
          {
            id: "E",
            kind: "person",
            name: "A | B",
            titles: [],
            members: [
              { articleId: comparison.articleIds[0] as string, entityId: "e0" },
              { articleId: comparison.articleIds[1] as string, entityId: "e0" },
            ],
            mentions: [],
          },
        ],
      },
      articles,
    );
    expect(withPipe).toContain("A \\| B");
  });
});

describe("renderMarkdown coverage per outlet", () => {
  it("names the statements every outlet reports, as the story's common ground", () => {
    const { articles, comparison } = corpusComparison();
    const report = renderMarkdown(comparison, articles);
    for (const group of comparison.groups.filter((g) => (g.about ?? "claim") === "claim")) {
      const outlets = new Set(group.statements.map((s) => s.articleId)).size;
      expect(group.reportedByAll).toBe(outlets === comparison.articleIds.length);
    }
    const byAll = comparison.groups.filter((g) => g.reportedByAll).map((g) => g.id);
    const line = report.split("\n").find((l) => l.startsWith("Reported by all outlets:"));
    if (byAll.length === 0) expect(line).toBeUndefined();
    else expect(line).toContain(byAll.join(", "));
  });

  it("counts the three Korea JoongAng Daily pieces together", () => {
    const { articles, comparison } = corpusComparison();
    const report = renderMarkdown(comparison, articles);
    const row = report.split("\n").find((line) => line.startsWith("| Korea JoongAng Daily | 3 |"));
    expect(row).toBeDefined();
    expect(report).toMatch(/\| Benzinga \| 1 \| \d+% \| \d+ \|/);
  });
});
