import { describe, expect, it } from "vitest";
import { extractParagraphs as extract, speakerOf } from "../../../test/support/quote-speakers.ts";
import { opensOnPossessor } from "./possessor-subject.ts";

describe("a person named only as the possessor of the subject does not speak", () => {
  it("the owner of the biographers is not their words' speaker", () => {
    const x = extract(
      "Ivo Vint ran the harbour board for years.",
      "Ivo Vint's biographers, Ada and Mia Lund, wrote that Orrin “had a tin ear and a sharp tongue.”",
    );
    expect(speakerOf(x, "had a tin ear")).not.toBe("Ivo Vint");
  });

  it("the owner of a director named after an opening adverbial is not the writer", () => {
    const x = extract(
      "Ivo Vint ran the harbour board for years.",
      "In early May, Vint’s Orrin state director, Ada Lund, reached out to the club, writing in an email: “We want this fixed.”",
    );
    expect(speakerOf(x, "We want this fixed")).not.toBe("Ivo Vint");
  });

  it("the owner of a message speaks through it", () => {
    const x = extract(
      "Ivo Vint ran for the harbour board.",
      "Aides say the former mayor plans to back Lund. From Vint's Facebook post: “For the sake of our town, we must move on.”",
    );
    expect(speakerOf(x, "For the sake of our town")).toBe("Ivo Vint");
  });

  it("a subject named in full still speaks", () => {
    const x = extract("Ivo Vint praised the plan as “bold.”");
    expect(speakerOf(x, "bold")).toBe("Ivo Vint");
  });
});

describe("a clause opening on a possessor", () => {
  it("is capitalised words ending in a possessive before the next word", () => {
    expect(opensOnPossessor("The harbour board’s chair, Ada Lund, ")).toBe(false);
    expect(opensOnPossessor("Ada Lund’s aide ")).toBe(true);
    expect(opensOnPossessor("“Harbour Watch' pickets ")).toBe(true);
  });

  it("is no clause whose subject is the name itself", () => {
    expect(opensOnPossessor("Ada Lund ")).toBe(false);
    expect(opensOnPossessor("In May, Lund’s aide ")).toBe(false);
  });
});
