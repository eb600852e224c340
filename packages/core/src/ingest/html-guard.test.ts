import { describe, expect, it } from "vitest";
import { estimateNesting, guardHtml, MAX_HTML_NESTING, restoreAngles } from "./html-guard.ts";
import { IngestError } from "./ingest-error.ts";

describe("guardHtml", () => {
  it("sets stray '<' aside and restores it", () => {
    const guarded = guardHtml("<p>a < b and c <3</p>");
    expect(guarded).not.toContain("< b");
    expect(restoreAngles(guarded)).toBe("<p>a < b and c <3</p>");
  });

  it("estimates nesting, ignoring implied-end and void elements", () => {
    expect(estimateNesting("<div><div><p>a<p>b<br><img src=x></div></div>")).toEqual({
      depth: 2,
      tags: 6,
    });
    expect(estimateNesting("<div>".repeat(10)).depth).toBe(10);
  });

  it("refuses absurd nesting and trims huge tags", () => {
    expect(() => guardHtml("<span>".repeat(MAX_HTML_NESTING + 1))).toThrow(IngestError);
    const huge = `<p class="${"a ".repeat(10_000)}">x</p>`;
    expect(guardHtml(huge)).toBe("<p>x</p>");
  });
});
