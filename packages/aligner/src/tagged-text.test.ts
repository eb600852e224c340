import { describe, expect, it } from "vitest";
import { taggedText } from "./tagged-text.ts";

describe("taggedText", () => {
  it("reads a text's tokens with their tags, lemmas and stop-word flags, index by index", () => {
    const read = taggedText("The wardens arrested two poachers");
    expect(read.values).toEqual(["The", "wardens", "arrested", "two", "poachers"]);
    expect(read.pos).toEqual(["DET", "NOUN", "VERB", "NUM", "NOUN"]);
    expect(read.lemmas[2]).toBe("arrest");
    expect(read.stops[0]).toBe(true);
    expect(read.stops[1]).toBe(false);
  });

  it("parses each distinct text once: every reader of it gets the same reading", () => {
    const first = taggedText("Orvel Tansky opened the bridge on Monday");
    expect(taggedText("Orvel Tansky opened the bridge on Monday")).toBe(first);
    expect(taggedText("Orvel Tansky closed the bridge on Monday")).not.toBe(first);
  });
});
