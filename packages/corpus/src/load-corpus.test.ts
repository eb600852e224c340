import { describe, expect, it } from "vitest";
import { loadCorpus } from "./load-corpus.ts";

describe("loadCorpus", () => {
  it("reads the five tariff-talks captures in manifest order with their outlets", () => {
    const corpus = loadCorpus();
    expect(corpus.files.map((f) => f.outlet)).toEqual([
      "Korea JoongAng Daily",
      "Korea JoongAng Daily",
      "Chosun Ilbo (photo: News1)",
      "Korea JoongAng Daily (editorial)",
      "Benzinga",
    ]);
    expect(corpus.files[0]?.text.startsWith("Korea-U.S. tariff talks see progress")).toBe(true);
    expect(corpus.files[4]?.text).toContain("— Bloomberg (@business) October 20, 2025");
  });
});
