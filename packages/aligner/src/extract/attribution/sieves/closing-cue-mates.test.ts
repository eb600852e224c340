import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("closing-cue mates: an earlier quotation of a sentence that one speaker's cue closes", () => {
  it("takes the speaker of the cue closing the sentence after the later quotation", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "“Harbour Nights” was to be a “love letter to the docks,” said Ada Lund, her agent.",
      "The yard offered “a fair wage,” well before the strike made the news in “The Harbour Herald,” Vint noted.",
    );
    expect(speakerOf(x, "Harbour Nights")).toBe("Ada Lund");
    expect(speakerOf(x, "a fair wage")).toBe("Ivo Vint");
  });

  it("abstains on another reporting verb or a semicolon between the quotations", () => {
    const x = extract(
      "Ivo Vint and Ada Lund met on the pier.",
      "Kara Moss called it “a dead end” and the yard was “a ruin,” Vint said.",
      "The plan was “a start”; the yard was “a ruin,” Vint said.",
    );
    expect(speakerOf(x, "a dead end")).not.toBe("Ivo Vint");
    expect(speakerOf(x, "a start")).not.toBe("Ivo Vint");
  });
});
