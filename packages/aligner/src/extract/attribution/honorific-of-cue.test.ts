import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("'said Mr. X of the Y': the honorific's name speaks", () => {
  it("never makes the body after 'of' a person when nobody introduced the name", () => {
    const x = extract(
      "Former senator Tomas Weller backed the plan.",
      "“There is no way we can keep the promises without new revenue,” said Mr. Orsolo of the " +
        "Lakeside Policy Center.",
    );
    expect(speakerOf(x, "no way we can keep")).toBe("Orsolo");
    expect(x.entities.map((e) => e.name)).not.toContain("Lakeside Policy Center");
  });

  it("resolves the honorific to the person the article introduced", () => {
    const x = extract(
      "Leonard Orsolo, a former official, directs the Lakeside Policy Center.",
      "“There is no way we can keep the promises,” said Mr. Orsolo of the Lakeside Policy Center.",
    );
    expect(speakerOf(x, "no way we can keep")).toBe("Leonard Orsolo");
  });
});
