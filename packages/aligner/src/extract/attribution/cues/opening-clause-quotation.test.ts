import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation closing the sentence's opening clause is not the main clause's", () => {
  it("After Moss called the plan “a disgrace,” critics urged …: not the critics'", () => {
    const x = extract(
      "Ed Moss sits on the Castlebay council. After Ed Moss called the plan “a disgrace,” critics urged the council to “act now.”",
    );
    expect(speakerOf(x, "a disgrace")).not.toBe("critics");
    expect(speakerOf(x, "a disgrace")).toBe("Ed Moss");
  });

  it("In “Harbour Nights,” a pilot calls …: a quoted title is nobody's words", () => {
    const x = extract(
      "Ivo Vint wrote the play. In “Harbour Nights,” a pilot calls the port “a trap.”",
    );
    expect(speakerOf(x, "Harbour Nights")).toBeNull();
  });

  it("a cue set off by commas or closing the sentence still speaks", () => {
    const x = extract(
      "Ada Roe leads the Norland dockers. “We will not pay,” Ada Roe said, “whatever they offer.”",
      "After the vote on the harbour “we were cheated,” Roe said.",
    );
    expect(speakerOf(x, "We will not pay")).toBe("Ada Roe");
    expect(speakerOf(x, "we were cheated")).toBe("Ada Roe");
  });
});

describe("a quotation in the main clause after the opening clause's quotation", () => {
  it("… the council voted to “act now.”: not carried to the opening clause's speaker", () => {
    const x = extract(
      "Ed Moss sits on the Castlebay council. After Ed Moss called the plan “a disgrace,” the council voted to “act now.”",
    );
    expect(speakerOf(x, "a disgrace")).toBe("Ed Moss");
    expect(speakerOf(x, "act now")).toBeNull();
  });

  it("a reporting verb in the main clause still reads its own speaker", () => {
    const x = extract(
      "Ivo Vint runs the Norland port. In his “harbour memo,” a paper he drew up last year, he wrote, “We must speak plainly to the crews.”",
    );
    expect(speakerOf(x, "We must speak plainly")).toBe("Ivo Vint");
  });
});
