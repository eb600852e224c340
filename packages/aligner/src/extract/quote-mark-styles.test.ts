import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../test/support/quote-speakers.ts";
import { withDoubleQuoteMarks } from "./quote-mark-styles.ts";

describe("quotation-mark styles read as one", () => {
  it("pairs a quotation opened with one kind of double mark and closed with the other", () => {
    expect(withDoubleQuoteMarks('“We won," Roe said. "Again,” she added.')).toBe(
      "“We won,” Roe said. “Again,” she added.",
    );
    // Same length, same offsets.
    const mixed = '“A," B. "C.”';
    expect(withDoubleQuoteMarks(mixed)).toHaveLength(mixed.length);
  });

  it("leaves a straight quotation inside a curly one, and text with one style, as written", () => {
    const nested = '“He called it "a stunt" and left,” Roe said.';
    expect(withDoubleQuoteMarks(nested)).toBe(nested);
    const straight = '"We won," Roe said.';
    expect(withDoubleQuoteMarks(straight)).toBe(straight);
  });

  it("gives a mixed-mark quotation its own cue, not the next paragraph's speaker", () => {
    const x = extractParagraphs(
      "Tomas Weller and Ivo Lund spoke on Monday.",
      '“If she does the right thing, my voters will back her," Weller said.',
      '"That was then,” Lund said. "I know. I know. It is a dangerous moment,” Weller said.',
    );
    expect(speakerOf(x, "my voters will back her")).toBe("Tomas Weller");
    expect(speakerOf(x, "That was then")).toBe("Ivo Lund");
    expect(speakerOf(x, "It is a dangerous moment")).toBe("Tomas Weller");
  });
});
