import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

// A work's title in an appositive crediting someone with it is a name, not a remark.
describe("a quoted title after 'host of', 'author of' … is no quote", () => {
  it("“Harbour Hour” in Lund's appositive is not her quote; what she said still is", () => {
    const x = extract(
      "The council met on Monday.",
      "Ada Lund, host of “Harbour Hour,” said the plan was a scandal.",
      "Ivo Vint, the author of “The Long Quay,” said, “We will appeal.”",
    );
    expect(x.quotes.some((q) => q.text.includes("Harbour Hour"))).toBe(false);
    expect(x.quotes.some((q) => q.text.includes("The Long Quay"))).toBe(false);
    expect(speakerOf(x, "the plan was a scandal")).toBe("Ada Lund");
    expect(speakerOf(x, "We will appeal")).toBe("Ivo Vint");
  });

  it("after an inverted cue, and with words between the role and the title", () => {
    const x = extract(
      "The council met on Monday.",
      "“We will appeal,” said Ivo Vint, a co-author of “Tides of Norland,” who studies ports. “The levy fails.”",
      "Ada Roe was joined by Ed Moss, star of the Harbour TV reality show “Dock Boss.”",
    );
    expect(x.quotes.some((q) => q.text.includes("Tides of Norland"))).toBe(false);
    expect(x.quotes.some((q) => q.text.includes("Dock Boss"))).toBe(false);
    expect(speakerOf(x, "We will appeal")).toBe("Ivo Vint");
    expect(speakerOf(x, "The levy fails")).toBe("Ivo Vint");
  });

  it("keeps words that are no title, and a title no role noun credits", () => {
    const x = extract(
      "The council met on Monday.",
      "Ada Lund, host of the show, called the plan “a scandal.”",
      "Ivo Vint named “Night Harbour” as his favourite show.",
    );
    expect(speakerOf(x, "a scandal")).toBe("Ada Lund");
    expect(x.quotes.some((q) => q.text.includes("Night Harbour"))).toBe(true);
  });
});
