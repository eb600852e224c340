import { describe, expect, it } from "vitest";
import { MANY_INPUTS, ProgressBar } from "./progress-bar.ts";

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (c: string) => chunks.push(c) } };
}

describe("ProgressBar", () => {
  it("shows itself on a terminal or for many inputs, unless told otherwise", () => {
    expect(ProgressBar.shouldShow(sink(true).stream, 2, "auto")).toBe(true);
    expect(ProgressBar.shouldShow(sink(false).stream, 2, "auto")).toBe(false);
    expect(ProgressBar.shouldShow(sink(false).stream, MANY_INPUTS, "auto")).toBe(true);
    expect(ProgressBar.shouldShow(sink(true).stream, 100, "never")).toBe(false);
    expect(ProgressBar.shouldShow(sink(false).stream, 2, "always")).toBe(true);
  });

  it("redraws in place on a terminal", () => {
    const { chunks, stream } = sink(true);
    const bar = new ProgressBar(stream, 4, true);
    bar.update(2, "reading");
    expect(chunks[0]).toMatch(/^\rreading +\[#+-+\] 2\/4$/);
  });

  it("prints one line per tenth elsewhere, so logs are not flooded", () => {
    const { chunks, stream } = sink(false);
    const bar = new ProgressBar(stream, 1000, true);
    for (let i = 0; i <= 1000; i += 1) bar.update(i, "extracting");
    expect(chunks).toHaveLength(11);
    expect(chunks.at(-1)).toBe("extracting 1000/1000 (100%)\n");
  });
});
