import { describe, expect, it } from "vitest";
import {
  LOWER_TITLE_HEADS,
  RANK_WORDS,
  SURNAME_TITLE_HEADS,
  SURNAME_TITLE_RANKS,
  TITLE_HEADS,
} from "./title-words.ts";

describe("title words: one vocabulary", () => {
  it("every head read before a name or a surname is a title head", () => {
    const heads = [...LOWER_TITLE_HEADS, ...SURNAME_TITLE_HEADS];
    expect(heads.filter((w) => !TITLE_HEADS.has(w))).toEqual([]);
  });

  it("every rank before a surname title is a rank word", () => {
    expect(SURNAME_TITLE_RANKS.filter((w) => !RANK_WORDS.has(w))).toEqual([]);
  });
});
