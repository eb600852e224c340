import { describe, expect, it } from "vitest";
import { extractParagraphs as extract } from "../../test/support/quote-speakers.ts";
import { findPersonNames } from "./person-names.ts";

describe("a name glued to its own repetition by a hyphen ends at the hyphen", () => {
  it("'Ada Lund-Ada Lund:' is Ada Lund, not 'Ada Lund-Ada'", () => {
    const names = findPersonNames("Ada Lund-Ada Lund: Harbour Sailor Dies Aged 91.");
    expect(names[0]?.surname).toBe("Lund");
    const x = extract(
      "Ada Lund-Ada Lund: Harbour Sailor Dies Aged 91.",
      "Ada Lund, the champion sailor, died on Tuesday.",
    );
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.name)).toEqual(["Ada Lund"]);
  });

  it("a double-barrelled surname stays whole", () => {
    const names = findPersonNames("Ada Lund-Varn sailed home.");
    expect(names.map((n) => n.surname)).toEqual(["Lund-Varn"]);
  });
});
