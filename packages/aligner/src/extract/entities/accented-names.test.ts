import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";

describe("a name written with and without its accents", () => {
  it("is one person, so the bare surname is no longer shared by two", () => {
    const x = extract(
      "Mayor Andrés Valtkova met the dock workers on Monday in the harbour town.",
      "Later, Andres Valtkova walked to the pier with reporters.",
      "“The harbour will always be the harbour,” an angry Valtkova retaliated.",
    );
    expect(
      x.entities.filter((e) => e.kind === "person" && e.name.endsWith("Valtkova")),
    ).toHaveLength(1);
    expect(speakerOf(x, "always be the harbour")).toBe("Andrés Valtkova");
  });
});
