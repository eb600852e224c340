import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { contentAfterVerb } from "./inverted-content.ts";

describe("a reporting verb after a closing mark that goes on to a content clause", () => {
  it("names no inverted speaker with the place inside its clause", () => {
    const x = extract(
      "But to give you the tenor of the talk, the host went on to promote “Harbour Gala,” note that he had just bought the old pier hall in Orrin, and boast about his club.",
    );
    expect(speakerOf(x, "Harbour Gala")).not.toBe("Orrin");
  });

  it("an inverted name after the verb still speaks", () => {
    const x = extract("“We will sail again,” said Ada Lund, the harbour master.");
    expect(speakerOf(x, "We will sail again")).toBe("Ada Lund");
  });

  it("contentAfterVerb reads the clause opener", () => {
    expect(contentAfterVerb(" that he had just bought a hall")).toBe(true);
    expect(contentAfterVerb(" how the pier was lost")).toBe(true);
    expect(contentAfterVerb(" Ada Lund, the harbour master")).toBe(false);
  });
});
