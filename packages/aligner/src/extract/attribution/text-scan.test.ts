import { describe, expect, it } from "vitest";
import { isRunOn, REPORT_REACH } from "./text-scan.ts";

describe("a run-on sentence", () => {
  it("is one longer than a report may reach", () => {
    expect(isRunOn({ start: 10, end: 10 + REPORT_REACH + 1 })).toBe(true);
  });

  it("is not one that a report may reach to its end", () => {
    expect(isRunOn({ start: 10, end: 10 + REPORT_REACH })).toBe(false);
    expect(isRunOn({ start: 0, end: "Ada Lund said the pier would close.".length })).toBe(false);
  });
});
