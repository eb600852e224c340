import { describe, expect, it } from "vitest";
import { tagsAt } from "./tagged-words.ts";

describe("tagsAt", () => {
  it("tags a word in its span's context, with the tag before it", () => {
    const body = "Vint accused her of making cruel remarks by using the word.";
    expect(tagsAt(body, 0, body.length, body.indexOf("remarks"))).toEqual({
      tag: "NOUN",
      before: "ADJ",
    });
  });

  it("is null for an offset inside a word or outside the span", () => {
    const body = "Ada Roe remarks on it.";
    expect(tagsAt(body, 0, body.length, body.indexOf("emarks"))).toBeNull();
    expect(tagsAt(body, 0, 7, body.indexOf("remarks"))).toBeNull();
  });
});
