import { describe, expect, it } from "vitest";
import { stanceOf } from "./stance.ts";

describe("stanceOf", () => {
  it("reads optimism, pessimism and mixed or neutral statements", () => {
    expect(stanceOf("the two sides were “very close to a deal”")).toBe(1);
    expect(stanceOf("There was substantive progress on most of the issues")).toBe(1);
    expect(stanceOf("discussions ... remain at an impasse")).toBe(-1);
    expect(stanceOf("both sides remain sharply divided on key points")).toBe(-1);
    expect(stanceOf("substantial progress, but the sides remain far apart")).toBe(0);
    expect(stanceOf("The presidential office announced their departure.")).toBe(0);
  });
});
