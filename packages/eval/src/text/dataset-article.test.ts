import { describe, expect, it } from "vitest";
import { ingestDatasetTextOrNull } from "./dataset-article.ts";

describe("ingestDatasetTextOrNull", () => {
  it("ingests a dataset text with the way back from its offsets", () => {
    const text = "Ivo Vint said the quay was safe.\n\nAda Roe disagreed.";
    const ingested = ingestDatasetTextOrNull(text, "Norland Wire");
    expect(ingested?.article.body).toContain("Ada Roe disagreed.");
    const at = text.indexOf("Ada");
    const span = ingested?.offsets.span(at, at + 7);
    expect(span && ingested?.article.body.slice(span.start, span.end)).toBe("Ada Roe");
  });

  it("gives null for a text ingestion refuses", () => {
    expect(ingestDatasetTextOrNull("   \n\n  ", "Norland Wire")).toBeNull();
  });
});
