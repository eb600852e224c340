import { describe, expect, it } from "vitest";
import { firstAtLeast, firstIndexWhere } from "./sorted-search.ts";

describe("firstIndexWhere", () => {
  const starts = [2, 5, 5, 9, 14];

  it("finds the first item at or past a value", () => {
    expect(firstIndexWhere(starts, (s) => s >= 5)).toBe(1);
    expect(firstIndexWhere(starts, (s) => s > 5)).toBe(3);
    expect(firstIndexWhere(starts, (s) => s >= 0)).toBe(0);
  });

  it("gives the length when no item is reached, 0 for an empty list", () => {
    expect(firstIndexWhere(starts, (s) => s > 14)).toBe(starts.length);
    expect(firstIndexWhere([], () => true)).toBe(0);
  });

  it("agrees with a linear scan on every cut of a long sorted list", () => {
    const list = Array.from({ length: 257 }, (_, i) => Math.floor(i / 3));
    for (let value = -1; value <= 87; value += 1) {
      const linear = list.findIndex((x) => x >= value);
      expect(firstIndexWhere(list, (x) => x >= value)).toBe(linear === -1 ? list.length : linear);
    }
  });
});

describe("firstAtLeast", () => {
  it("gives what firstIndexWhere gives with an at-least test", () => {
    const list = Array.from({ length: 257 }, (_, i) => Math.floor(i / 3));
    const typed = Float64Array.from(list);
    for (let value = -1; value <= 87; value += 0.5) {
      const expected = firstIndexWhere(list, (x) => x >= value);
      expect(firstAtLeast(list, value)).toBe(expected);
      expect(firstAtLeast(typed, value)).toBe(expected);
    }
    expect(firstAtLeast([], 3)).toBe(0);
  });
});
