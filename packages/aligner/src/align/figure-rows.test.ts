import { describe, expect, it } from "vitest";
import { corpusComparison } from "../../test/fixtures/alignment-gold/corpus-comparison.ts";

describe("buildFigureRows (through compareStory on the corpus)", () => {
  const { comparison, code } = corpusComparison();

  it("puts every outlet's $350 billion in one row, side by side", () => {
    const row = comparison.figures.find((r) => r.values.some((v) => v.value === 350e9));
    expect(row).toBeDefined();
    expect([...new Set(row?.values.map((v) => code(v.articleId)))].sort()).toEqual([
      "001",
      "003",
      "004",
    ]);
    for (const value of row?.values ?? []) {
      expect(value.unit).toBe("USD");
      expect(value.text).toBe("$350 billion");
    }
  });

  it("keeps different measures in different rows", () => {
    const percent = comparison.figures.filter((r) => r.values.some((v) => v.unit === "percent"));
    expect(percent.length).toBeGreaterThanOrEqual(2);
    expect(percent.every((r) => new Set(r.values.map((v) => v.value)).size === 1)).toBe(true);
  });
});
