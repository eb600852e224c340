import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";
import { openingPhraseRelative } from "./opening-phrase-relative.ts";

describe("opening phrase holding a relative clause", () => {
  it("reads a preposition or participle phrase, then where/when/who/whom/which", () => {
    expect(openingPhraseRelative("At the hall where Ada Roe spoke ")).toBe(true);
    expect(openingPhraseRelative("Filling in for Roe at the event where Ed Moss ")).toBe(true);
    expect(openingPhraseRelative("On the day when the council ")).toBe(true);
    // A subject and its relative clause, or a content clause of "that": no opening phrase.
    expect(openingPhraseRelative("Ada Roe, who ")).toBe(false);
    expect(openingPhraseRelative("The hall where Ada Roe ")).toBe(false);
    expect(openingPhraseRelative("At the news that Ada Roe ")).toBe(false);
  });

  it("credits the main clause's subject, not the relative clause's", () => {
    const x = extract(
      "Ivo Vint spoke first. Filling in for Ada Roe at the same rally where Ed Moss and Nora Quill appeared on Sunday, Vint landed a sharp dig at “my dear friend Nora Quill.”",
      "At the hall where Ada Roe spoke on Monday, Ed Moss, a docker, took a swipe at “the harbour toll nobody asked for.”",
    );
    expect(speakerOf(x, "my dear friend Nora Quill")).toBe("Ivo Vint");
    expect(speakerOf(x, "the harbour toll nobody asked for")).toBe("Ed Moss");
  });

  it("abstains when no person opens the main clause or no comma closes the opening", () => {
    const x = extract(
      "Ada Roe and Ivo Vint met the crews.",
      "At the hall where Ada Roe spoke, the crowd took a swipe at “the harbour toll nobody asked for.”",
      "At the hall where Ivo Vint landed a sharp dig at “the toll and its keepers” the crowd cheered.",
    );
    expect(speakerOf(x, "the harbour toll nobody asked for")).toBeNull();
    expect(speakerOf(x, "the toll and its keepers")).not.toBe("Ada Roe");
  });
});
