import { describe, expect, it } from "vitest";
import { shorten } from "./story-glance.ts";

describe("shorten", () => {
  it("cuts at a word boundary with an ellipsis", () => {
    expect(shorten("one two three four five", 12)).toBe("one two…");
    expect(shorten("short", 12)).toBe("short");
  });
});
