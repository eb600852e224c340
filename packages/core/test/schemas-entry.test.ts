import * as schemas from "@parallax/core/schemas";
import { describe, expect, it } from "vitest";
import * as core from "../src/index.ts";

describe("@parallax/core/schemas", () => {
  it("exports the same schemas as the main entry, without ingestion", () => {
    expect(schemas.ArticleSchema).toBe(core.ArticleSchema);
    expect(schemas.ComparisonSchema).toBe(core.ComparisonSchema);
    expect("parseArticle" in schemas).toBe(false);
  });
});
