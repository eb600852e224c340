import { describe, expect, it } from "vitest";
import { pairIndex } from "./pair-index.ts";

describe("pairIndex", () => {
  it("finds a pair in either order among pairs in blocking order, -1 for an unscored pair", () => {
    const at = pairIndex(
      [
        { a: 0, b: 3 },
        { a: 1, b: 2 },
        { a: 2, b: 5 },
      ],
      6,
    );
    expect(at(3, 0)).toBe(0);
    expect(at(1, 2)).toBe(1);
    expect(at(5, 2)).toBe(2);
    expect(at(0, 1)).toBe(-1);
  });

  it("finds pairs given out of order too", () => {
    const at = pairIndex(
      [
        { a: 2, b: 5 },
        { a: 3, b: 0 },
      ],
      6,
    );
    expect(at(0, 3)).toBe(1);
    expect(at(2, 5)).toBe(0);
    expect(at(1, 4)).toBe(-1);
  });
});
