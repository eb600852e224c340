import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a figure that declines is not someone declining", () => {
  it("makes no quote of a falling amount", () => {
    const x = extract(
      "The Harbour Council met on Monday.",
      "Port fees from the eastern docks declined to $28 million in May from $31 million a year ago.",
      "Trade between the two harbours declined 40 percent in the spring.",
      "Crews' trust in the council has also declined, by nine points since March.",
    );
    expect(x.quotes.some((q) => q.text.includes("$28 million"))).toBe(false);
    expect(x.quotes.some((q) => q.text.includes("40 percent"))).toBe(false);
    expect(x.quotes.some((q) => q.text.includes("nine points"))).toBe(false);
  });

  it("keeps someone who declines to speak", () => {
    const x = extract(
      "Ada Lund runs the Harbour Council.",
      "Lund declined to comment on the fees for the eastern docks.",
    );
    expect(speakerOf(x, "to comment on the fees")).toBe("Ada Lund");
  });
});
