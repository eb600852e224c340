import { describe, expect, it } from "vitest";
import { NONE_YET, withItem } from "./sets-made-on-add.ts";

describe("withItem", () => {
  it("makes a set of its own for the first item and leaves the shared empty set empty", () => {
    const first = withItem<string>(NONE_YET, "2031-05-06");
    expect(first).not.toBe(NONE_YET);
    expect([...first]).toEqual(["2031-05-06"]);
    expect(NONE_YET.size).toBe(0);
  });

  it("adds later items in place, in order", () => {
    const first = withItem<number>(NONE_YET, 4);
    const second = withItem(first, 2);
    expect(second).toBe(first);
    expect([...withItem(second, 4)]).toEqual([4, 2]);
  });
});
