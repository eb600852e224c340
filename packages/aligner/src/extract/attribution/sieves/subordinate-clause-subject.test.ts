import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation in the predicate of a subordinate clause inside its sentence", () => {
  it("reads the named subject after “when” through a short phrase and an appositive name", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The break with the council was complete when Lund in her opening speech called the dockers “thieves.”",
      "In some ways, the row echoes a dispute in June when Ivo Vint assailed a harbour judge, Ed Moss, for his “inland roots.”",
      "There were sharper jabs, such as when Vint knocked Lund on trade and called her a “moderate,” a subtle dig.",
    );
    expect(speakerOf(x, "thieves")).toBe("Ada Lund");
    expect(speakerOf(x, "inland roots")).toBe("Ivo Vint");
    expect(speakerOf(x, "moderate")).toBe("Ivo Vint");
  });

  it("abstains when the clause ends before the quotation; a he/she subject is its one person", () => {
    const x = extract(
      "Ada Lund, Ivo Vint and Ed Moss met on Monday.",
      "Ever since Lund endorsed Vint this month, Ed Moss has been a loyal aide, touring the docks with a simple message: “Do not give up!”",
      "Moss stayed calm, even when he called the plan “a mess.”",
    );
    expect(speakerOf(x, "Do not give up!")).not.toBe("Ada Lund");
    expect(speakerOf(x, "a mess")).toBe("Ed Moss");
  });

  it("reads a he/she right after the subordinator or “in which” as the pronoun resolves", () => {
    const x = extract(
      "Ivo Vint spoke to the dockers for an hour. His speech — in which he joked about Ada Roe’s “bright friendship” with a banker — kept them laughing.",
      "Ada Roe kept the quay open on Tuesday even though she told the board it was “badly damaged” by the storm.",
    );
    expect(speakerOf(x, "bright friendship")).toBe("Ivo Vint");
    expect(speakerOf(x, "badly damaged")).toBe("Ada Roe");
  });

  it("leaves a he/she with two people of its gender before it unknown", () => {
    const x = extract(
      "Ivo Vint and Ed Moss toured the docks on Monday. The quay stayed open after he told the board it was “badly damaged” by the storm.",
    );
    expect(speakerOf(x, "badly damaged")).toBeNull();
  });

  it("abstains on a verb that is no verb of saying or judging", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The wording is new, since in 2008, when Ivo Vint ordered that the port work with “major party” crews.",
    );
    expect(speakerOf(x, "major party")).toBeNull();
  });
});
