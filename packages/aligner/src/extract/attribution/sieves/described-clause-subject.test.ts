import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

// A definite description opening the main clause is the subject a coordinated cue carries on
// (described-clause-subject.ts, read by in-clause-cue.ts).

describe("a description as the subject of a coordinated cue", () => {
  it("takes up the person last described so, past an opening phrase", () => {
    const x = extractParagraphs(
      "Speaker Ada Lund says the whole port is watching the talks.",
      "In an interview with reporters Thursday, the Oregon Republican criticized the board's plan and said dockers wanted to know if the port is “still in business.”",
    );
    expect(speakerOf(x, "still in business")).toBe("Ada Lund");
  });

  it("takes it up at the sentence's start", () => {
    const x = extractParagraphs(
      "Speaker Ada Lund says the whole port is watching the talks.",
      "The Oregon Republican criticized the board's plan and said dockers wanted to know if the port is “still in business.”",
    );
    expect(speakerOf(x, "still in business")).toBe("Ada Lund");
  });

  it("stays unknown when two people fit the description", () => {
    const x = extractParagraphs(
      "Sen. Ada Lund (R-Ore.) toured the docks on Monday. Sen. Ivo Vint (R-Ore.) joined her. The board met them at noon.",
      "Later, the Oregon Republican criticized the board's plan and said dockers wanted to know if the port is “still in business.”",
    );
    expect(speakerOf(x, "still in business")).toBeNull();
  });
});
