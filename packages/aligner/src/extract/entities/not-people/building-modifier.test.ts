import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  personNames,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

// A full name modifying a room's or a building's noun is no person present: read as one, it took
// up the he/she of the next quote.
describe("a full name before a room or building noun", () => {
  it("the Ada Roe briefing room, the Ivo Vint Center, Lund Hall: no person, no speaker", () => {
    const x = extract(
      "Reporters waited in the Ada Roe briefing room on Monday. “We will go on,” she said.",
      "The crowd filled the Ivo Vint Center and later Lund Hall. “It is over,” he said.",
      "The talks moved to the Nate Orrin Press Room. “Not yet,” he said.",
    );
    expect(personNames(x)).not.toContain("Ada Roe");
    expect(personNames(x)).not.toContain("Ivo Vint");
    expect(personNames(x)).not.toContain("Nate Orrin");
    expect(speakerOf(x, "We will go on")).toBeNull();
    expect(speakerOf(x, "It is over")).toBeNull();
    expect(speakerOf(x, "Not yet")).toBeNull();
  });

  it("keeps a person before a verb or a noun of their own, and without “the”", () => {
    const x = extract(
      "Ada Roe saw Ivo Vint building a fence. “It is ours,” he said.",
      "Nate Orrin hall monitors were hired.",
    );
    expect(speakerOf(x, "It is ours")).toBe("Ivo Vint");
    expect(personNames(x)).toContain("Nate Orrin");
  });
});
