import { describe, expect, it } from "vitest";
import { paragraphRanges } from "./paragraph-ranges.ts";
import { findQuotations, quotationAt } from "./quotation-marks.ts";

function inner(body: string): string[] {
  return findQuotations(body, paragraphRanges({ body, paragraphs: [] })).map((q) =>
    body.slice(q.start, q.end),
  );
}

describe("quotation marks", () => {
  it("pairs curly marks by direction and straight marks by alternation, without a trailing comma", () => {
    expect(inner('“We are close,” he said. "Not yet," she said.')).toEqual([
      "We are close",
      "Not yet",
    ]);
  });

  it("lets an unclosed quotation run on to the end of its paragraph only", () => {
    const body = "“First part. Second part.\n\n“Continued,” Kim said.";
    const quotations = findQuotations(body, paragraphRanges({ body, paragraphs: [] }));
    expect(quotations.map((q) => [body.slice(q.start, q.end), q.runsOn])).toEqual([
      ["First part. Second part.", true],
      ["Continued", false],
    ]);
    expect(quotationAt(quotations, body.indexOf("Second"))).toBe(0);
    expect(quotationAt(quotations, body.indexOf("Kim"))).toBe(-1);
  });

  it("ignores a stray closing mark and keeps apostrophes out", () => {
    expect(inner("It’s done” and Korea’s “plan” holds.")).toEqual(["plan"]);
  });
});
