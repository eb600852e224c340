import { describe, expect, it } from "vitest";
import { topicTerms } from "./topic-terms.ts";

describe("topicTerms", () => {
  it("counts a word across its spellings: case, possessive, trailing hyphens and apostrophes", () => {
    const body =
      "Tariff talks. The TARIFF's reach; tariff- cuts and tariffs' end. Harbour harbour harbour. Tariff.";
    // tariff ×4 and harbour ×3 lead; stopwords ("the", "and") and short words never count.
    expect(topicTerms(body)).toEqual(["cuts", "harbour", "reach", "talks", "tariff", "tariffs"]);
    const many = `${"Alpha ".repeat(5)}${Array.from({ length: 60 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${i}`).join(" ")}`;
    const terms = topicTerms(many);
    expect(terms).toHaveLength(40);
    expect(terms).toContain("alpha");
  });

  it("splits words as the lowercased text would (İ lowercases to i and a combining dot)", () => {
    // "i̇stanbul": the combining dot ends the word after "i", leaving "stanbul".
    expect(topicTerms("İstanbul İSTANBUL")).toEqual(["stanbul"]);
  });
});
