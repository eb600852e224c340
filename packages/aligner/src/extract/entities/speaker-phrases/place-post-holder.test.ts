import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { nameAfterPlacePost } from "../names/title-then-name.ts";

// A place heading a post before the holder's name says whose post it is: the holder speaks.
// Read as the phrase's head mention, the place itself was credited with the quote.
describe("a place heading a post in a speaker phrase", () => {
  it("“…,” New York City Mayor Vint said / said Oregon Gov. Vint → the holder, never the place", () => {
    const x = extract(
      "“We will rebuild the pier,” New York City Mayor Vint said.",
      "“The ferry stays,” said Oregon Gov. Roe.",
      "“The tolls will fall,” Oregon Secretary of State Lund said.",
      "“The quay is safe,” New York City Mayor Ivo Orrin said.",
    );
    expect(speakerOf(x, "rebuild the pier")).toBe("Vint");
    expect(speakerOf(x, "The ferry stays")).toBe("Roe");
    expect(speakerOf(x, "The tolls will fall")).toBe("Lund");
    expect(speakerOf(x, "The quay is safe")).toBe("Ivo Orrin");
    expect(x.entities.filter((e) => e.kind === "person").map((e) => e.name)).not.toContain(
      "Oregon",
    );
  });

  it("reads only a post ending on its head before one or two capitalised words", () => {
    expect(nameAfterPlacePost(" City Mayor Vint")).toBe(12);
    expect(nameAfterPlacePost(" Gov. Ada Roe")).toBe(6);
    expect(nameAfterPlacePost(" Attorney General Vint")).toBe(18);
    // "State Police", a guard's name, a lowercase word: no post then a holder.
    expect(nameAfterPlacePost(" State Police")).toBe(-1);
    expect(nameAfterPlacePost(" National Guard Vint")).toBe(-1);
    expect(nameAfterPlacePost(" Mayor")).toBe(-1);
    expect(nameAfterPlacePost(" Mayor Ivo Vint Lund")).toBe(-1);
    expect(nameAfterPlacePost(" officials")).toBe(-1);
  });
});
