import { describe, expect, it } from "vitest";
import { BAR_COMPARATIVES, NOT_THE_BAR_WORDS } from "./bar-words.ts";

describe("bar words: one vocabulary", () => {
  it("every comparative that makes a needed figure no bar also makes a bar no bar", () => {
    expect(BAR_COMPARATIVES.filter((word) => !NOT_THE_BAR_WORDS.includes(word))).toEqual([]);
  });
});
