import { describe, expect, it } from "vitest";
import {
  extractParagraphs,
  personNames,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a speaker phrase cut after its description's link", () => {
  it("reads the whole description back to the clause start", () => {
    const x = extractParagraphs(
      "Ada Roe will run for the Norland seat, people familiar with her plans say.",
    );
    expect(personNames(x)).toEqual(["Ada Roe", "people familiar with her plans"]);
  });

  it("reads a relative clause opened by a verb back to its head, past a joining but", () => {
    const x = extractParagraphs(
      "Ada Roe will lose the Norland seat, but those who back her rivals say the count is close.",
    );
    expect(personNames(x)).toEqual(["Ada Roe", "those who back her rivals"]);
  });

  it("keeps the subject after a relative pronoun that opens a clause about someone named", () => {
    const x = extractParagraphs("“The count is close,” said Ada Roe, who her aides say is tired.");
    expect(personNames(x)).toEqual(["Ada Roe", "her aides"]);
  });
});

describe("a time phrase where a subject would stand", () => {
  it("names no one", () => {
    const x = extractParagraphs(
      "The Castlebay port will close, two hours after news outlets said it would stay open.",
    );
    expect(personNames(x)).toEqual([]);
  });

  it("a weekday or month opening the phrase says when (`the “Harbour Day” March 1 states`)", () => {
    const x = extractParagraphs(
      "Ivo Vint said the rallies were not enough.",
      "Though Ada Lund began later, she sent staff to all 11 of the “Harbour Day” March 1 states.",
    );
    expect(personNames(x)).toEqual(["Ivo Vint", "Ada Lund"]);
    expect(speakerOf(x, "Harbour Day")).toBeNull();
  });
});
