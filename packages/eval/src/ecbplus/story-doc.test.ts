import { describe, expect, it } from "vitest";
import { readStoryDoc } from "./story-doc.ts";

describe("readStoryDoc", () => {
  it("returns null for a document ingestion refuses, instead of failing the run", () => {
    const blank = { id: "90_9ecb", text: " \n ", sentences: [], mentions: [] };
    expect(readStoryDoc(blank)).toBeNull();
  });

  it("ingests and extracts a readable document", () => {
    const text =
      "Ferry sinks off the coast\nA ferry sank on Monday, officials said.\nAll were rescued.";
    const read = readStoryDoc({ id: "90_8ecb", text, sentences: [], mentions: [] });
    expect(read?.article.body).toContain("A ferry sank on Monday");
    expect(read?.extraction.articleId).toBe(read?.article.id);
  });
});
