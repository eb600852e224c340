import { describe, expect, it } from "vitest";
import { makeUnit } from "../../test/fixtures/alignment-gold/make-unit.ts";
import { quoteOverlap, quoteWordCount } from "./quote-overlap.ts";

const quoting = (index: number, quoteLemmas: string[]) =>
  makeUnit(index, index, `Statement ${index} of Ada Lund.`, { quoteLemmas });

describe("quoteOverlap", () => {
  it("is the share of the smaller quotation's distinct lemmas the other holds", () => {
    const short = quoting(0, ["harbour", "open", "harbour"]);
    const long = quoting(1, ["harbour", "open", "spring", "ferry"]);
    expect(quoteWordCount(short)).toBe(2);
    expect(quoteOverlap(short, long)).toBe(1);
    expect(quoteOverlap(long, short)).toBe(1);
    expect(quoteOverlap(long, quoting(2, ["ferry", "late", "storm", "pier"]))).toBe(0.25);
  });

  it("answers copies of one quotation alike, and 0 without quoted words", () => {
    const words = ["council", "vote", "bridge"];
    const first = quoting(0, words);
    const copies = [1, 2, 3].map((i) => quoting(i, [...words]));
    const other = quoting(4, ["council", "delay", "bridge", "budget"]);
    expect(copies.map((c) => quoteOverlap(c, other))).toEqual([2 / 3, 2 / 3, 2 / 3]);
    expect(quoteOverlap(first, other)).toBe(2 / 3);
    expect(quoteOverlap(first, quoting(5, []))).toBe(0);
  });
});
