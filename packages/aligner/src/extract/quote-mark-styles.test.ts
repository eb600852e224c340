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

describe("an elision's apostrophe typed as an opening single quote", () => {
  it("opens no quotation at a clipped word or a decade", () => {
    for (const text of [
      "Ada Roe wrote a note ‘bout the port’s dues and the board’s reply.",
      "Tell ‘em to wait ‘til noon, the boat’s late.",
      "Ivo Vint played rock ‘n’ roll in the ‘90s at the Harbour Board’s hall.",
    ]) {
      expect(withDoubleQuoteMarks(text)).toBe(text);
    }
  });

  it("still reads a single quotation, a quoted clipped word, or one opening with a number", () => {
    expect(withDoubleQuoteMarks("Roe called it ‘a fine day’ at the port.")).toBe(
      "Roe called it “a fine day” at the port.",
    );
    expect(withDoubleQuoteMarks("He wrote ‘cos’ for because.")).toBe("He wrote “cos” for because.");
    expect(withDoubleQuoteMarks("‘10 boats sank,’ Roe said.")).toBe("“10 boats sank,” Roe said.");
    expect(withDoubleQuoteMarks("‘Bout time,’ Roe said.")).toBe("“Bout time,” Roe said.");
  });

  it("leaves a real quotation's cue to it, not to a bogus one", () => {
    const x = extractParagraphs(
      "The Harbour Board met on Monday.",
      "Ivo Vint wrote ‘bout the dues. ‘The port will pay for itself,’ said Ada Roe.",
    );
    expect(x.quotes.some((q) => q.text.includes("bout the dues"))).toBe(false);
    expect(speakerOf(x, "The port will pay for itself")).toBe("Ada Roe");
  });
});
