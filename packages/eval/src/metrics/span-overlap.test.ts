import { describe, expect, it } from "vitest";
import { overlapLength, spansMatch } from "./span-overlap.ts";

describe("span overlap", () => {
  it("measures the shared characters", () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapLength({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
  });

  it("matches when half of the shorter side is shared", () => {
    expect(spansMatch({ start: 0, end: 10 }, [{ start: 5, end: 40 }])).toBe(true);
    expect(spansMatch({ start: 0, end: 10 }, [{ start: 6, end: 40 }])).toBe(false);
    expect(spansMatch({ start: 0, end: 0 }, [{ start: 0, end: 4 }])).toBe(false);
  });

  it("adds up the parts of a broken gold span", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect(spansMatch({ start: 0, end: 30 }, gold)).toBe(true);
    expect(spansMatch({ start: 20, end: 30 }, gold)).toBe(true);
    expect(spansMatch({ start: 8, end: 22 }, gold)).toBe(false);
  });
});
