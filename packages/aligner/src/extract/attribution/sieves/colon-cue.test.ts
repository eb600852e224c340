import { describe, expect, it } from "vitest";
import {
  extractParagraphs as extract,
  speakerOf,
} from "../../../../test/support/quote-speakers.ts";

describe("a quotation after a colon takes the subject of the clause before it", () => {
  it("reads the clause after an opening participle phrase", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Asked whether the crew should take the blame for the delay, Lund shot back: “That would be unfair.”",
    );
    expect(speakerOf(x, "That would be unfair")).toBe("Ada Lund");
  });

  it("reads a verb whose words after it name a statement, ending the paragraph before", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "Vint released the following statement:",
      "“Our thoughts are with the crews at sea tonight.”",
    );
    expect(speakerOf(x, "Our thoughts are with the crews")).toBe("Ivo Vint");
  });

  it("reads a clause joined by a conjunction", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The crowd cheers, and then Vint continues: “The harbour will be rebuilt by spring.”",
    );
    expect(speakerOf(x, "The harbour will be rebuilt")).toBe("Ivo Vint");
  });

  it("abstains on a subject that is no known speaker", () => {
    const x = extract(
      "Ada Lund and Ivo Vint met on Monday.",
      "The old charter of the harbour reads: “No ship shall anchor past the lighthouse.”",
    );
    expect(speakerOf(x, "No ship shall anchor")).toBeNull();
  });

  it("reads a participle of saying before the colon as the main clause subject's", () => {
    const x = extract(
      "Ivo Vint runs the port.",
      "The Harbour Gazette confirmed that account, reporting:",
      "“As the crews took over the pier in three stages, a flow of cash made its way to the board.”",
    );
    expect(speakerOf(x, "flow of cash")).toBe("Harbour Gazette");
    const possessor = extract(
      "Ivo Vint runs the port.",
      "Vint's aide backed the plan, adding:",
      "“Every crane keeps running through the winter, whatever the board says.”",
    );
    expect(speakerOf(possessor, "Every crane keeps running")).not.toBe("Ivo Vint");
  });

  it("abstains when the colon closes a relative clause whose own verb of saying speaks", () => {
    const x = extract(
      "Ada Roe chairs the harbour council.",
      "Ada Roe told of a docker who wrote:",
      "“Nobody pays the levy.”",
      "Ivo Vint recalled a pilot who once said: “The tide waits for no board.”",
      "Roe told reporters:",
      "“We will not pay it.”",
    );
    expect(speakerOf(x, "Nobody pays the levy")).toBeNull();
    expect(speakerOf(x, "The tide waits")).toBeNull();
    expect(speakerOf(x, "We will not pay it")).toBe("Ada Roe");
  });
});
