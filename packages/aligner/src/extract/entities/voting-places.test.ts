import { describe, expect, it } from "vitest";
import { entityKind, extractParagraphs as extract } from "../../../test/support/quote-speakers.ts";

// lexicons/places.ts US_VOTING_PLACES: gazetteer places by the short names contest reports write.
describe("a US place that votes without being a state is read as a place by its short name", () => {
  it("the district and the territories, after 'in the' or before a contest's noun", () => {
    const x = extract(
      "Ada Roe won the caucuses in the Virgin Islands on Saturday.",
      "Ivo Vint won the District of Columbia primary and the Northern Marianas caucuses.",
    );
    expect(entityKind(x, "Virgin Islands")).toBe("place");
    expect(entityKind(x, "District of Columbia")).toBe("place");
    expect(entityKind(x, "Northern Marianas")).toBe("place");
    expect(entityKind(x, "Ada Roe")).toBe("person");
  });

  it("keeps the longer names whole", () => {
    const x = extract("Ada Roe flew from the British Virgin Islands to the U.S. Virgin Islands.");
    expect(entityKind(x, "British Virgin Islands")).toBe("place");
    expect(entityKind(x, "U.S. Virgin Islands")).toBe("place");
    expect(entityKind(x, "Virgin Islands")).toBeUndefined();
  });
});
