import { describe, expect, it } from "vitest";
import { dec, pct, share, targetLine } from "./format.ts";
import { renderTable } from "./table.ts";

describe("renderTable", () => {
  it("pads columns, left-aligns the first and right-aligns the rest", () => {
    expect(
      renderTable(
        ["what", "n"],
        [
          ["found", "12"],
          ["speaker ok", "3"],
        ],
      ),
    ).toBe(["what         n", "----------  --", "found       12", "speaker ok   3"].join("\n"));
  });
});

describe("formatting", () => {
  it("shows missing ratios as n/a, never as zero", () => {
    expect(pct(null)).toBe("n/a");
    expect(pct(0.8312)).toBe("83.1%");
    expect(dec(0.5)).toBe("0.500");
    expect(share(0.25, 1, 4)).toBe("25.0% (1/4)");
  });

  it("says whether a target is met", () => {
    expect(targetLine("direct found", 0.95, 0.9)).toBe("direct found ≥ 0.90: 0.950 — met");
    expect(targetLine("merges", 0.05, 0.02, true)).toBe("merges ≤ 0.02: 0.050 — NOT met");
    expect(targetLine("x", null, 0.9)).toMatch(/NOT met$/);
  });
});
