import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../test/support/quote-speakers.ts";
import { withNestedMarksRead } from "./nested-quote-marks.ts";

describe("quotation marks nested or typed the wrong way round", () => {
  it("reads a quote within a quote in the same marks as single quotes", () => {
    expect(withNestedMarksRead("“Roe's claim that “we will win” is wrong,” Ivo Vint wrote.")).toBe(
      "“Roe's claim that ‘we will win’ is wrong,” Ivo Vint wrote.",
    );
    expect(withNestedMarksRead('"She said "no" and left," Ivo Vint said.')).toBe(
      '"She said ‘no’ and left," Ivo Vint said.',
    );
  });

  it("reads an opening curly mark typed as the close as the close", () => {
    const text = "“It is late,“ Ada Roe said. “We go.”";
    expect(withNestedMarksRead(text)).toBe("“It is late,” Ada Roe said. “We go.”");
    expect(withNestedMarksRead(text)).toHaveLength(text.length);
  });

  it("leaves marks that pair already, and an unclosed quotation, as written", () => {
    for (const text of [
      '"A," he said. "B," she said.',
      "“A ... “B,” she said. “C.”",
      '“He called it "a stunt" and left,” Roe said.',
      '"We will win, he added, "and soon."',
      "““A double opening,” Roe said.",
    ]) {
      expect(withNestedMarksRead(text)).toBe(text);
    }
    // An outer opening read from another mark (an apostrophe taken for a single quote) nests none.
    expect(
      withNestedMarksRead(
        "“bout the port: “We sail” — the boat”",
        "‘bout the port: “We sail” — the boat’",
      ),
    ).toBe("“bout the port: “We sail” — the boat”");
  });

  it("keeps the cue after a nested quotation outside it", () => {
    const x = extractParagraphs(
      "The Harbour Board met on Monday.",
      "“Ada Roe’s promise that the port “will pay for itself within a year” is a fantasy from start to finish,” wrote Ivo Vint, the board's treasurer.",
    );
    expect(speakerOf(x, "is a fantasy from start")).toBe("Ivo Vint");
  });

  it("takes no cue into a quotation opened by a close typed the wrong way round", () => {
    const x = extractParagraphs(
      "“The port is not ready,“ said Ada Roe, the Harbour Board's chair. “We need a year.”",
    );
    expect(x.quotes.some((q) => q.text.includes("said Ada Roe"))).toBe(false);
    expect(speakerOf(x, "The port is not ready")).toBe("Ada Roe");
  });
});
