import { describe, expect, it } from "vitest";
import { handBuiltArticle } from "../../../../test/fixtures/extraction-gold/hand-built-article.ts";
import { extractArticle } from "../../../extract-article.ts";
import { spellingKey } from "./spelling-variants.ts";

function speakers(text: string): string[] {
  const x = extractArticle(handBuiltArticle(text));
  return x.quotes.map((q) => {
    const entity = x.entities.find((e) => e.id === q.speakerId);
    return entity?.name ?? "unknown";
  });
}

describe("spellingKey", () => {
  it("writes a doubled letter of a given name once and keeps the surname", () => {
    expect(spellingKey("Hilary Vint")).toBe(spellingKey("Hillary Vint"));
    expect(spellingKey("Philip Lund")).toBe(spellingKey("Phillip Lund"));
    expect(spellingKey("Ada Lunn")).not.toBe(spellingKey("Ada Lun"));
    expect(spellingKey("Vint")).toBeNull();
  });
});

describe("one person under two spellings of a given name", () => {
  it("gives 'Mrs. Vint' to the one woman, not to two", () => {
    const text =
      "Ada Lund campaigned with Hilary Vint in Harbourtown on Monday.\n\n" +
      "Hillary Vint and Ada Lund spoke to the crowd, and Per Vint, her husband, watched.\n\n" +
      "“We will build the port again,” Mrs. Vint said.";
    expect(speakers(text)).toEqual(["Hilary Vint"]);
  });

  it("keeps apart two people whose given names differ otherwise", () => {
    const text =
      "Ann Vint and Anne Vint, two sisters, spoke on Monday.\n\n" +
      "“We will build the port again,” Ms. Vint said.";
    expect(speakers(text)).toEqual(["unknown"]);
  });
});
