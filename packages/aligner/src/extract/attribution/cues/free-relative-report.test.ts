import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("cue reader: a free relative reports no clause", () => {
  it("never gives the clause after “what Vint said” to Vint", () => {
    const x = extract(
      "Ivo Vint toured the Norland docks on Monday.",
      "If you watch what Ivo Vint said this week, he talked about how the quay must stay open.",
      "The crews were sent home, showing what many dockers said was a sign of trouble, but the board still argued that the port was safe.",
    );
    const spoken = (words: string) =>
      x.quotes.filter((q) => q.text.includes(words) && q.speakerId !== null).length;
    expect(spoken("he talked about how")).toBe(0);
    expect(speakerOf(x, "the port was safe")).not.toBe("many dockers");
  });

  it("keeps the quotation a free relative introduces, and the plain report", () => {
    const x = extract(
      "Ivo Vint toured the Norland docks on Monday.",
      "Ada Roe would undo what Ivo Vint said in Castlebay was a “reckless plan for the quay.”",
      "Ivo Vint said this week the quay must stay open.",
    );
    expect(speakerOf(x, "reckless plan")).toBe("Ivo Vint");
    expect(speakerOf(x, "the quay must stay open")).toBe("Ivo Vint");
  });
});
