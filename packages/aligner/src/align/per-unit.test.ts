import { describe, expect, it } from "vitest";
import { perUnit } from "./per-unit.ts";
import type { AlignUnit } from "./units.ts";

describe("perUnit", () => {
  it("reads each statement once, falsy answers included, and apart from other statements", () => {
    const reads: string[] = [];
    const isShort = perUnit((unit) => {
      reads.push(unit.text);
      return unit.text.length < 5;
    });
    const a = { text: "Long enough text." } as AlignUnit;
    const b = { text: "Tiny" } as AlignUnit;
    expect([isShort(a), isShort(a), isShort(b), isShort(b)]).toEqual([false, false, true, true]);
    expect(reads).toEqual(["Long enough text.", "Tiny"]);
  });
});
