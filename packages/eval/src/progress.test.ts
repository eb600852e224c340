import { describe, expect, it } from "vitest";
import { barProgress } from "./progress.ts";

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, columns: 80, write: (c: string) => chunks.push(c) } };
}

describe("barProgress", () => {
  it("draws the shared bar for a long run and closes with the message", () => {
    const { chunks, stream } = sink(false);
    const progress = barProgress(stream, true);
    progress.start(100, "extracting");
    for (let i = 1; i <= 100; i++) progress.update(i, "extracting");
    progress.stop("extracted 100 articles");
    expect(chunks[0]).toBe("extracting 0/100 (0%)\n");
    expect(chunks).toHaveLength(12);
    expect(chunks.at(-1)).toBe("extracted 100 articles\n");
  });

  it("stays quiet when disabled, or for a short run off a terminal", () => {
    const off = sink(true);
    const disabled = barProgress(off.stream, false);
    disabled.start(100, "x");
    disabled.update(50, "x");
    disabled.stop("done");
    const short = sink(false);
    const few = barProgress(short.stream, true);
    few.start(3, "x");
    few.stop("done");
    expect([...off.chunks, ...short.chunks]).toEqual([]);
  });
});
