import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

const OPENING = "Ada Lund and Ivo Vint spoke in the harbour town on Monday about the new port tax.";

function kindOf(x: ReturnType<typeof extract>, name: string): string | undefined {
  return x.entities.find((e) => e.name === name)?.kind;
}

function speakerOf(x: ReturnType<typeof extract>, words: string): string | null {
  const quote = x.quotes.find((q) => q.text.includes(words));
  return x.entities.find((e) => e.id === quote?.speakerId)?.name ?? null;
}

describe("a common noun for people opening its sentence is no person's name", () => {
  it("reads listed group nouns and plurals of person nouns and titles as a group", () => {
    const x = extract(
      OPENING,
      "Authorities say a man stabbed his neighbour in the harbour district of Orrin on Sunday.",
      "Prosecutors argued that the harbour tax reduced the protection of the wetlands near Orrin.",
      "Police said at least three dock workers were hurt in the fire at the harbour on Monday.",
    );
    expect(kindOf(x, "Authorities")).toBe("organization");
    expect(kindOf(x, "Prosecutors")).toBe("organization");
    expect(kindOf(x, "Police")).toBe("organization");
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
    expect(kindOf(x, "Rivers")).toBe("person");
    expect(kindOf(x, "Oyelade")).toBe("person");
  });

  it("reads the short form of a department as a public body: 'State has told lawmakers'", () => {
    const x = extract(
      OPENING,
      "The court ordered the release of the letters. State has also told lawmakers privately that the department is already late.",
    );
    expect(kindOf(x, "State")).toBe("organization");
    expect(x.entities.some((e) => e.kind === "person" && e.name === "State")).toBe(false);
  });
});
