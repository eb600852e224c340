import { describe, expect, it } from "vitest";
import { nameFromSharedWords } from "./story-name.ts";

// Hand-made headlines about invented events (no corpus text).
describe("nameFromSharedWords", () => {
  it("names the story after the words the headlines share, in one headline's order", () => {
    expect(
      nameFromSharedWords([
        "Freedonia-Sylvania border talks resume after 40-day pause",
        "Sylvania–Freedonia border talks stall over river rights",
        "Negotiators meet again as border talks drag on",
      ]),
    ).toBe("Freedonia-Sylvania border talks");
  });

  it("leaves out one outlet's figure, even one the others repeat", () => {
    expect(
      nameFromSharedWords([
        "Harbor strike enters second week, costing $40 million",
        "Harbor strike costs port $55 million as talks fail",
        "Dockworkers extend harbor strike; $40 million lost",
      ]),
    ).toBe("Harbor strike");
  });

  it("keeps abbreviations whole and short capitalised names", () => {
    expect(
      nameFromSharedWords([
        "EU and U.S. agree steel quota deal",
        "U.S., EU steel quota deal signed",
      ]),
    ).toBe("EU U.S. steel quota deal");
  });

  it("gives no name when headlines share too little, or there is only one", () => {
    expect(
      nameFromSharedWords(["Flood warning for coastal towns", "Mayor opens new library"]),
    ).toBeNull();
    expect(nameFromSharedWords(["Flood warning for coastal towns", null])).toBeNull();
  });
});
