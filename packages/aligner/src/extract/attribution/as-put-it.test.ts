import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("as X put it, “…”", () => {
  it("the person of the clause speaks, past an appositive or a leading description", () => {
    const x = extract(
      "Tom Rigby spoke on Monday.",
      "Or, as Tom Rigby, a former secretary of homeland security, put it: “The barbarians are inside.”",
      "As the chief executive, Jeff Weimar, put it in his memo to employees, “Imagine a world like ours.”",
      "As Professor Dana Fonseca puts it, “We do a better job.”",
    );
    expect(speakerOf(x, "barbarians are inside")).toBe("Tom Rigby");
    expect(speakerOf(x, "Imagine a world")).toBe("Jeff Weimar");
    expect(speakerOf(x, "a better job")).toBe("Dana Fonseca");
  });

  it("a description alone names nobody", () => {
    const x = extract("As the chief executive put it, “Imagine a world like ours.”");
    expect(speakerOf(x, "Imagine a world")).toBeNull();
  });
});
