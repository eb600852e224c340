import { describe, expect, it } from "vitest";
import {
  entityKind,
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new port tax.";

describe("a common noun for people opening its sentence is no person's name", () => {
  it("reads listed group nouns and plurals of person nouns and titles as a group", () => {
    const x = extract(
      OPENING,
      "Authorities say a man stabbed his neighbour in the harbour district of Orrin on Sunday.",
      "Prosecutors argued that the harbour tax reduced the protection of the wetlands near Orrin.",
      "Police said at least three dock workers were hurt in the fire at the harbour on Monday.",
    );
    expect(entityKind(x, "Authorities")).toBe("organization");
    expect(entityKind(x, "Prosecutors")).toBe("organization");
    expect(entityKind(x, "Police")).toBe("organization");
    expect(
      x.entities.some(
        (e) => e.kind === "person" && /^(?:Authorities|Prosecutors|Police)$/.test(e.name),
      ),
    ).toBe(false);
    // The group keeps the words it said.
    expect(speakerOf(x, "a man stabbed his neighbour")).toBe("Authorities");
  });

  it("keeps a surname that is no listed group noun, even a plural-looking one", () => {
    const x = extract(
      OPENING,
      "Rivers said the harbour tax reduced the protection of the wetlands near Orrin on Sunday.",
      "Oyelade said the port would close for a week after the fire at the harbour on Monday.",
    );
    expect(entityKind(x, "Rivers")).toBe("person");
    expect(entityKind(x, "Oyelade")).toBe("person");
  });

  it("reads the short form of a department as a public body: 'State has told lawmakers'", () => {
    const x = extract(
      OPENING,
      "The court ordered the release of the letters. State has also told lawmakers privately that the department is already late.",
    );
    expect(entityKind(x, "State")).toBe("organization");
    expect(x.entities.some((e) => e.kind === "person" && e.name === "State")).toBe(false);
  });
});
