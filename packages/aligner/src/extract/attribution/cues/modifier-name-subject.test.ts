import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a name that only modifies the person noun of its subject", () => {
  it("lets the description speak, never the state named inside it", () => {
    const x = extract(
      "Sen. Ivo Vint of Oregon lost the primary on Tuesday. It was unclear whether Vint would quit.",
      "The Oregon senator emailed supporters saying: “The struggle continues.”",
    );
    expect(speakerOf(x, "struggle continues")).toBe("Ivo Vint");
  });

  it("makes “a Vint adviser” an unnamed source, also past an interposed clause", () => {
    const x = extract(
      "Sen. Ivo Vint spoke in Salem on Monday.",
      "A Vint adviser, who spoke on condition of anonymity, said of the senator, “He takes the threat seriously.”",
      "“He did not like that,” said a 2008 Vint veteran.",
    );
    expect(speakerOf(x, "takes the threat")).toBe("A Vint adviser");
    expect(speakerOf(x, "did not like that")).toBe("a 2008 Vint veteran");
  });

  it("makes “one former Vint employee” an unnamed source past a participle clause", () => {
    const x = extract(
      "Ivo Vint runs the Harbour Group.",
      "One former Vint employee, speaking on condition of anonymity, said the firm hid its losses.",
    );
    expect(speakerOf(x, "the firm hid its losses")).toBe("One former Vint employee");
  });

  it("keeps the name when another name lies between the phrase and the verb", () => {
    const x = extract(
      "Sen. Ivo Vint spoke in Salem on Monday.",
      "The Vint aide met Ada Lund on Monday, and Lund said: “We settled nothing.”",
    );
    expect(speakerOf(x, "settled nothing")).toBe("Ada Lund");
  });
});
