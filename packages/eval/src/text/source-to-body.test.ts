import { describe, expect, it } from "vitest";
import { mapSourceToBody } from "./source-to-body.ts";

describe("mapSourceToBody", () => {
  const source = "A Short Title\n\n  First   paragraph here.\n\nSecond one.";
  const body = "First paragraph here.\n\nSecond one.";
  const paragraphs = [
    { start: 0, end: 21 },
    { start: 23, end: 34 },
  ];
  const map = mapSourceToBody(source, body, paragraphs);

  it("carries a span through collapsed whitespace", () => {
    const start = source.indexOf("paragraph");
    const span = map.span(start, start + "paragraph here".length);
    expect(span && body.slice(span.start, span.end)).toBe("paragraph here");
    const second = source.indexOf("Second");
    const s2 = map.span(second, source.length);
    expect(s2 && body.slice(s2.start, s2.end)).toBe("Second one.");
  });

  it("maps a span in a dropped line (the headline) to nothing", () => {
    expect(map.span(0, 13)).toBeNull();
    expect(map.unmatchedParagraphs).toBe(0);
  });

  it("keeps order: a repeated paragraph maps to its own occurrence", () => {
    const src = "x.\n\nSame.\n\nSame.";
    const b = "Same.\n\nSame.";
    const m = mapSourceToBody(src, b, [
      { start: 0, end: 5 },
      { start: 7, end: 12 },
    ]);
    expect(m.span(11, 16)).toEqual({ start: 7, end: 12 });
  });

  it("counts body paragraphs it cannot find in the source", () => {
    const m = mapSourceToBody("abc", "xyz", [{ start: 0, end: 3 }]);
    expect(m.unmatchedParagraphs).toBe(1);
    expect(m.span(0, 3)).toBeNull();
  });
});
