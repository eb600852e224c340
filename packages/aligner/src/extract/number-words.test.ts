import { describe, expect, it } from "vitest";
import { NUMBER_WORDS, parseNumber, SCALE_WORDS } from "./number-words.ts";

describe("number words", () => {
  it("lists the scale words in full, smallest first", () => {
    expect(SCALE_WORDS).toEqual(["thousand", "million", "billion", "trillion"]);
  });

  it("reads each listed number word as its value (figure-standing slices one to twelve)", () => {
    expect(NUMBER_WORDS.slice(1, 13).map(parseNumber)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });
});
