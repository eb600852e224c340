import { describe, expect, it } from "vitest";
import { extractParagraphs, speakerOf } from "../../../../test/support/quote-speakers.ts";

/*
 * A name after an institution's head and "of" finishes the institution's name (name-kinds.ts
 * institutionOfNamed): the board speaks, never a person named by the word after "of".
 */
describe("an institution named '<head> of <name>'", () => {
  it("speaks as the whole institution, not as the word after 'of'", () => {
    const x = extractParagraphs(
      "The Norland Board of Health said: “Further discussion is unnecessary.”",
      "“The fares will not rise,” the Castlebay Union of Dockers said.",
      "The Harbour Board of Regents said the plan was sound.",
    );
    expect(speakerOf(x, "Further discussion")).toBe("Norland Board of Health");
    expect(speakerOf(x, "The fares will not rise")).toBe("Castlebay Union of Dockers");
    expect(speakerOf(x, "the plan was sound")).toBe("Harbour Board of Regents");
    expect(x.entities.some((e) => e.kind === "person")).toBe(false);
  });

  it("voices a quotation after a colon as the subject of its clause", () => {
    const x = extractParagraphs(
      "The Norland Board of Elections wrote: “Further discussion is unnecessary.”",
    );
    expect(speakerOf(x, "Further discussion")).toBe("Norland Board of Elections");
  });

  it("leaves a person's name with an 'of' place to the person", () => {
    const x = extractParagraphs("“The fares will not rise,” said Ivo Vint of Castlebay.");
    expect(speakerOf(x, "The fares will not rise")).toBe("Ivo Vint");
  });
});
