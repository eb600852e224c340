import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../test/support/quote-speakers.ts";

describe("an organisation's name after a lowercase noun that describes it", () => {
  it("reads an advocacy noun and a 'the' before a name of two words ('the civil rights organization the Harbour League')", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "Pilots called for a boycott, and the civil rights organization the Harbour League " +
        "denounced Vint's remarks and said it would “fight every step” of the plan.",
      "The charity Dockwatch also said the plan was “reckless.”",
    );
    expect(speakerOf(x, "fight every step")).toBe("Harbour League");
    expect(entityKind(x, "Harbour League")).toBe("organization");
    expect(entityKind(x, "Dockwatch")).toBe("organization");
  });

  it("never reads one capitalised word after 'the' as the organisation ('the bank the Vint family owns')", () => {
    const x = extract(
      "Ivo Vint spoke on Monday.",
      "He criticised the bank the Vint family owns, calling it “a relic.”",
    );
    expect(x.entities.some((e) => e.kind === "organization" && e.name === "Vint")).toBe(false);
  });
});
