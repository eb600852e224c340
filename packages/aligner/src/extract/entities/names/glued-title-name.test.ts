import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../../test/support/quote-speakers.ts";

describe("a full name glued to an abbreviated title is read as after a spaced one", () => {
  it("'Gov.Ada Lund' names Ada Lund, and her later surname is hers", () => {
    const x = extract(
      "The chapel Gov.Ada Lund attends was badly damaged by fire on Friday night.",
      "Lund said she was saddened by the loss.",
    );
    const lund = x.entities.find((e) => e.name === "Ada Lund");
    expect(lund?.mentions.map((m) => m.text)).toEqual(["Ada Lund", "Lund", "she"]);
  });

  it("a title with no full stop is never glued: 'Mr' in 'MrAda' is no title", () => {
    const x = extract("The shop MrAda Lund opened sold boats.");
    expect(x.entities.some((e) => e.name === "Lund")).toBe(false);
  });
});
